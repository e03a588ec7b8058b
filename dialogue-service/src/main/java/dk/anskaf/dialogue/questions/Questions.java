package dk.anskaf.dialogue.questions;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.Repository;

/** Loads and saves {@link Question}s under the caller's row-level security. */
interface Questions extends Repository<Question, UUID> {

    /** The question in the dialogue, locked so that two purchasers answering at once apply one after the other. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Question> findLockedByIdAndDialogueId(UUID id, long dialogueId);

    /** Inserts a new question (version null) or updates a loaded one at its version. */
    Question save(Question question);
}
