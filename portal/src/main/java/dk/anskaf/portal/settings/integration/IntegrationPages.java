package dk.anskaf.portal.settings.integration;

import dk.anskaf.platform.client.ServiceProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Indstillinger → Integrationer (administrators only, {@link AdministratorsOnly}): the municipality's
 * integration clients; create one (its secret shown on the answer page once, never in an address, and
 * the page not cached), rotate a secret and revoke a client, each after "Er du sikker?".
 */
@Controller
class IntegrationPages {

    static final String PATH = "/indstillinger/integrationer";
    private static final String NAME_MISSING = "integration.error.name";

    private final IntegrationClientsApi clients;
    private final MessageSource messages;

    IntegrationPages(IntegrationClientsApi clients, MessageSource messages) {
        this.clients = clients;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) @Nullable String besked, Model model) {
        model.addAttribute("notice", besked);
        return page(model, "", Map.of(), null);
    }

    @PostMapping(PATH)
    String create(
            @RequestParam(required = false) @Nullable String name,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        if (name == null || name.isBlank()) {
            return page(model, "", Map.of("name", messages.getMessage(NAME_MISSING, null, locale)), null);
        }
        try {
            IntegrationClientsApi.IssuedSecret issued = clients.create(name.strip());
            return secretShown(model, response, issued, "created");
        } catch (ServiceProblemException.BadRequest refused) {
            return page(model, name, refused.messagesByField(List.of("name"), ""), null);
        }
    }

    /** Without {@code bekraeft=ja} the question; with it a new secret, the old one invalid at once. */
    @PostMapping(PATH + "/{id}/forny")
    String rotate(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String bekraeft,
            Model model,
            HttpServletResponse response) {
        if (!"ja".equals(bekraeft)) {
            return confirm(model, id, "rotate");
        }
        return secretShown(model, response, clients.rotate(id), "rotated");
    }

    @PostMapping(PATH + "/{id}/tilbagekald")
    String revoke(@PathVariable UUID id, @RequestParam(required = false) @Nullable String bekraeft, Model model) {
        if (!"ja".equals(bekraeft)) {
            return confirm(model, id, "revoke");
        }
        clients.revoke(id);
        return "redirect:" + PATH + "?besked=tilbagekaldt";
    }

    private String confirm(Model model, UUID id, String action) {
        IntegrationClientsApi.Client client = clients.list().stream()
                .filter(candidate -> candidate.id().equals(id))
                .findFirst()
                .orElseThrow(() -> ServiceProblemException.of(404, null));
        model.addAttribute("client", client);
        model.addAttribute("action", action);
        model.addAttribute("currentPath", PATH);
        return "indstillinger/integration-bekraeft";
    }

    /** The secret is in this answer only: no redirect that could carry it, and no copy in any cache. */
    private String secretShown(
            Model model, HttpServletResponse response, IntegrationClientsApi.IssuedSecret issued, String how) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("issuedHow", how);
        return page(model, "", Map.of(), issued);
    }

    private String page(
            Model model, String name, Map<String, String> errors, IntegrationClientsApi.@Nullable IssuedSecret issued) {
        model.addAttribute("clients", clients.list());
        model.addAttribute("name", name);
        model.addAttribute("errors", errors);
        model.addAttribute("issued", issued);
        model.addAttribute("currentPath", PATH);
        return "indstillinger/integrationer";
    }
}
