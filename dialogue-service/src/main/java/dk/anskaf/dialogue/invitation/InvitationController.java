package dk.anskaf.dialogue.invitation;

import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.tenancy.TenantContext;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A dialogue's suppliers, for the purchaser (roles purchaser or editor of the owning municipality; row-level
 * security hides other municipalities' dialogues, so they are 404). A supplier token has neither role: 403.
 */
@RestController
@PreAuthorize("hasAnyRole('PURCHASER', 'EDITOR')")
class InvitationController {

    private final Invitations invitations;
    private final SupplierStatusQueries statuses;

    InvitationController(Invitations invitations, SupplierStatusQueries statuses) {
        this.invitations = invitations;
        this.statuses = statuses;
    }

    @PostMapping("/api/v1/dialogues/{id}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    SupplierStatus invite(@PathVariable long id, @Valid @RequestBody InvitationRequest invitation) {
        TenantContext.require();
        return invitations.invite(id, invitation, CurrentUser.require());
    }

    /** Every invited organisation with its status and answered/total counts; an empty list for none. */
    @GetMapping("/api/v1/dialogues/{id}/suppliers")
    List<SupplierStatus> suppliers(@PathVariable long id) {
        TenantContext.require();
        return statuses.forDialogue(id);
    }
}
