package dk.anskaf.catalog.promotion;

import dk.anskaf.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The board's queue ("Anmodninger der afventer godkendelse"), meetings and decisions; and cancelling. */
@RestController
class EditorialBoardController {

    private final EditorialBoard board;
    private final Promotions promotions;
    private final PromotionQueries queries;

    EditorialBoardController(EditorialBoard board, Promotions promotions, PromotionQueries queries) {
        this.board = board;
        this.promotions = promotions;
        this.queries = queries;
    }

    @GetMapping("/api/v1/board/promotion-requests")
    @PreAuthorize("hasRole('BOARD')")
    List<PromotionQueries.QueueItem> queue() {
        return queries.boardQueue();
    }

    record NewMeeting(@NotNull(message = "Vælg en dato") LocalDate meetingDate) {}

    @PostMapping("/api/v1/board/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('BOARD')")
    EditorialBoard.Meeting schedule(@Valid @RequestBody NewMeeting meeting) {
        return board.schedule(meeting.meetingDate(), CurrentUser.require());
    }

    @GetMapping("/api/v1/board/meetings")
    @PreAuthorize("hasRole('BOARD')")
    List<EditorialBoard.Meeting> meetings() {
        return board.meetings();
    }

    /** The agenda: every request pending now. */
    @GetMapping("/api/v1/board/meetings/{id}/agenda")
    @PreAuthorize("hasRole('BOARD')")
    List<PromotionQueries.QueueItem> agenda(@PathVariable UUID id) {
        return queries.boardQueue();
    }

    record DecisionRequest(
            @NotNull(message = "Vælg en beslutning") Promotions.BoardDecision decision,

            @Size(max = 2000, message = "Begrundelse må højst være 2000 tegn") @Nullable
            String reason,

            @Nullable UUID meetingId) {}

    @PostMapping("/api/v1/promotion-requests/{id}/decision")
    @PreAuthorize("hasRole('BOARD')")
    PromotionQueries.QueueItem decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest decision) {
        return promotions.decideAsBoard(
                id, decision.decision(), decision.reason(), decision.meetingId(), CurrentUser.require());
    }

    @PostMapping("/api/v1/promotion-requests/{id}/cancel")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('EDITOR')")
    void cancel(@PathVariable UUID id) {
        promotions.cancel(id, CurrentUser.require());
    }
}
