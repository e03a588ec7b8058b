package dk.anskaf.catalog.promotion;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.Repository;

/**
 * Loads and saves {@link PromotionRequest}s (Spring Data JDBC, on the platform's transaction manager, so
 * row-level security sees the bound tenant and roles). Lists of requests are read models ({@link
 * PromotionQueries}), not this.
 */
interface PromotionRequests extends Repository<PromotionRequest, UUID> {

    /** The request if the caller may see it, locked until the deciding transaction ends. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<PromotionRequest> findLockedById(UUID id);

    Optional<PromotionRequest> findById(UUID id);

    boolean existsByRequirementIdAndStatus(long requirementId, PromotionStatus status);

    /** Inserts a new request or updates a loaded one at its version (else an optimistic-locking failure). */
    PromotionRequest save(PromotionRequest request);
}
