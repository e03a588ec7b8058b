package dk.anskaf.catalog.promotion;

import java.util.Optional;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.Repository;

/** Loads and saves a requirement's {@link RequirementOwnership} (the {@code requirement} row's owner columns). */
interface RequirementOwnerships extends Repository<RequirementOwnership, Long> {

    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<RequirementOwnership> findLockedById(long id);

    RequirementOwnership save(RequirementOwnership requirement);
}
