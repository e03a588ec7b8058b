package dk.anskaf.identity.login;

import dk.anskaf.identity.tenant.LoginConfiguration;
import dk.anskaf.identity.tenant.Tenant;
import dk.anskaf.identity.tenant.TenantRegistry;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The two login pages: "Vælg myndighed" (choose municipality, optionally remembered in a cookie) and the
 * municipality's own login. Only onboarded tenants can be chosen.
 */
@Controller
class LoginController {

    static final String REMEMBER_COOKIE = "anskaf_myndighed";

    private final TenantRegistry tenants;

    LoginController(TenantRegistry tenants) {
        this.tenants = tenants;
    }

    @GetMapping("/login")
    String login(
            @CookieValue(name = REMEMBER_COOKIE, required = false) String remembered,
            @RequestParam(name = "skift", required = false) String change,
            @RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "logout", required = false) String logout,
            HttpSession session,
            Model model) {
        Optional<Tenant> chosen = chosen(session).or(() -> change == null ? onboarded(remembered) : Optional.empty());
        if (change != null || chosen.isEmpty()) {
            model.addAttribute("tenants", tenants.onboarded());
            model.addAttribute("remembered", remembered);
            return "choose-municipality";
        }
        session.setAttribute(
                MunicipalityLoginDetails.SESSION_ATTRIBUTE, chosen.get().tenantId());
        if (tenants.loginConfiguration(chosen.get().tenantId())
                .filter(LoginConfiguration::federated)
                .isPresent()) {
            // The municipality logs its users in itself (AD FS, Entra ID ...).
            return "redirect:/oauth2/authorization/" + chosen.get().tenantId();
        }
        model.addAttribute("tenant", chosen.get());
        if (error != null) {
            // One message for an unknown user, a wrong password and a lock alike (no user enumeration).
            model.addAttribute("error", LoginRefusal.MESSAGE);
        }
        model.addAttribute("loggedOut", logout != null);
        return "login";
    }

    @PostMapping("/login/myndighed")
    String choose(
            @RequestParam(name = "myndighed", required = false) String tenantId,
            @RequestParam(name = "husk", defaultValue = "false") boolean remember,
            HttpSession session,
            HttpServletResponse response,
            Model model) {
        Optional<Tenant> tenant = onboarded(tenantId);
        if (tenant.isEmpty()) {
            model.addAttribute("tenants", tenants.onboarded());
            model.addAttribute("error", "Vælg en myndighed fra listen");
            return "choose-municipality";
        }
        session.setAttribute(
                MunicipalityLoginDetails.SESSION_ATTRIBUTE, tenant.get().tenantId());
        Cookie cookie = new Cookie(REMEMBER_COOKIE, remember ? tenant.get().tenantId() : "");
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        cookie.setAttribute("SameSite", "Lax");
        cookie.setMaxAge(remember ? (int) Duration.ofDays(365).toSeconds() : 0);
        response.addCookie(cookie);
        return "redirect:/login";
    }

    private Optional<Tenant> chosen(HttpSession session) {
        Object tenantId = session.getAttribute(MunicipalityLoginDetails.SESSION_ATTRIBUTE);
        return tenantId instanceof String value ? onboarded(value) : Optional.empty();
    }

    private Optional<Tenant> onboarded(String tenantId) {
        if (tenantId == null || tenantId.isBlank()) {
            return Optional.empty();
        }
        return tenants.find(tenantId).filter(Tenant::onboarded);
    }
}
