package dk.anskaf.dialogue.dialogue;

import java.util.Optional;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.Repository;

/**
 * Loads and saves {@link Dialogue}s (Spring Data JDBC, on the platform's transaction manager, so row-level
 * security sees the bound municipality: another municipality's dialogue is simply not found). Lists are
 * read models ({@link DialogueQueries}).
 */
interface DialogueRepository extends Repository<Dialogue, Long> {

    /** The dialogue if the caller may see it, locked until the changing transaction ends. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Dialogue> findLockedById(long id);

    Optional<Dialogue> findById(long id);

    /** Inserts a new dialogue or updates a loaded one at its version (else an optimistic-locking failure). */
    Dialogue save(Dialogue dialogue);
}
