package dk.anskaf.identity.supplier;

import dk.anskaf.identity.IdentityProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supplier's pages at identity. {@code /leverandoer} ("Jeg er leverandør") asks for the invited
 * address and always answers the same. {@code /leverandoer/login?token=} shows one button: the GET does not
 * use the link up (mail scanners follow links), the POST redeems it, signs the contact in here as
 * {@code supplier:<contactId>} and continues at the gateway's page of the link's dialogue, where the
 * gateway's login finds this session. A used, expired or unknown link gets the same neutral page.
 */
@Controller
class SupplierLoginController {

    private static final Logger log = LoggerFactory.getLogger(SupplierLoginController.class);

    /** Session attribute: who signed in by link, for this session's authorization requests. */
    static final String SESSION_ATTRIBUTE = "anskaf.login.supplier";

    /** What a redeemed link established, kept in identity's session beside the authentication. */
    record SupplierSignIn(UUID contactId, UUID organisationId, String organisationName, String email, long dialogueId)
            implements Serializable {}

    private final SignInLinks links;
    private final LinkRequests requests;
    private final SupplierAccesses accesses;
    private final IdentityProperties properties;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SupplierLoginController(
            SignInLinks links, LinkRequests requests, SupplierAccesses accesses, IdentityProperties properties) {
        this.links = links;
        this.requests = requests;
        this.accesses = accesses;
        this.properties = properties;
    }

    @GetMapping("/leverandoer")
    String requestForm() {
        return "supplier-request";
    }

    @PostMapping("/leverandoer")
    String requestLink(
            @RequestParam(name = "email", required = false) @Nullable String email,
            HttpServletRequest request,
            Model model) {
        String address = email == null ? "" : email.trim();
        if (address.isEmpty() || address.length() > 320 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            model.addAttribute("email", address);
            model.addAttribute("error", "Skriv den e-mailadresse, du blev inviteret med, fx navn@firma.dk");
            return "supplier-request";
        }
        requests.request(address, request.getRemoteAddr());
        // The same answer whether the address is known, unknown or over its limit.
        model.addAttribute("sent", true);
        return "supplier-request";
    }

    @GetMapping("/leverandoer/login")
    String confirm(
            @RequestParam(name = "token", required = false) @Nullable String token,
            HttpServletResponse response,
            Model model) {
        privatePage(response);
        if (token == null || token.isBlank()) {
            model.addAttribute("invalidLink", true);
            return "supplier-request";
        }
        model.addAttribute("token", token);
        return "supplier-login";
    }

    @PostMapping("/leverandoer/login")
    String redeem(
            @RequestParam(name = "token", required = false) @Nullable String token,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        privatePage(response);
        var redeemed = token == null ? java.util.Optional.<SignInLinks.Redeemed>empty() : links.redeem(token);
        var access = redeemed.flatMap(r -> accesses.ofContact(r.contactId()));
        if (redeemed.isEmpty() || access.isEmpty()) {
            log.info("A supplier sign-in link was refused (used, expired, unknown or its dialogue cancelled)");
            model.addAttribute("invalidLink", true);
            return "supplier-request";
        }
        long dialogueId = redeemed.get().dialogueId();
        signIn(access.get(), dialogueId, request, response);
        log.info(
                "Supplier contact {} signed in by link for dialogue {}",
                access.get().contactId(),
                dialogueId);
        return "redirect:" + SignInLinks.withoutTrailingSlash(properties.portalUrl()) + "/leverandoer/markedsdialoger/"
                + dialogueId;
    }

    /**
     * A new session id (no fixation), then the supplier's authentication in it, as Spring Security's own
     * types: identity stores the authentication with the authorization as JSON, which admits only those.
     */
    private void signIn(
            SupplierAccess access, long dialogueId, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        List<GrantedAuthority> authorities = List.of(
                new SimpleGrantedAuthority("ROLE_SUPPLIER"),
                // The one-time link is the factor; the ID token's auth_time comes from its time.
                FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.OTT_AUTHORITY));
        User principal = new User(access.principalName(), "", authorities);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        authentication.setDetails(new WebAuthenticationDetails(null, null));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        request.getSession()
                .setAttribute(
                        SESSION_ATTRIBUTE,
                        new SupplierSignIn(
                                access.contactId(),
                                access.organisationId(),
                                access.organisationName(),
                                access.email(),
                                dialogueId));
    }

    /** The link page carries the token in its address: not cached, and never passed on as a referrer. */
    private static void privatePage(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
