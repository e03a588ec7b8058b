package dk.anskaf.dialogue.answering;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.Repository;

/**
 * Loads and saves {@link AnswerSet}s (Spring Data JDBC on the platform's transaction manager: row-level
 * security shows a supplier only its own organisation's sets).
 */
interface AnswerSets extends Repository<AnswerSet, UUID> {

    /**
     * The organisation's set in the dialogue, locked until the transaction ends, so an answer and a
     * finish of the same organisation never interleave (no answer saved into a set just finished).
     */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<AnswerSet> findLockedByDialogueIdAndOrganisationId(long dialogueId, UUID organisationId);

    /** A set by id, locked until the transaction ends (the purchaser's elaboration request). */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<AnswerSet> findLockedById(UUID id);

    Optional<AnswerSet> findByDialogueIdAndOrganisationId(long dialogueId, UUID organisationId);

    /** Updates a loaded set at its version (else an optimistic-locking failure). */
    AnswerSet save(AnswerSet set);
}
