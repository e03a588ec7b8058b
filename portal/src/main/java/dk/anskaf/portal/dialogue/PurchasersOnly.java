package dk.anskaf.portal.dialogue;

import dk.anskaf.portal.web.PageModel;
import dk.anskaf.portal.web.PortalUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The purchaser pages answer only purchasers and editors (DOMAIN.md §1.1–1.2); anyone else, a supplier
 * contact's token included, gets the 403 page before any call to a service. dialogue-service checks the
 * same again from the same token: this is so nobody sees a half-rendered page of a dialogue first.
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice
class PurchasersOnly implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        if (!mayUse()) {
                            throw new NotAPurchaser();
                        }
                        return true;
                    }
                })
                .addPathPatterns("/markedsdialoger", "/markedsdialoger/**");
    }

    /** The portal's own 403 page, in the user's language, whatever the browser accepts. */
    @ExceptionHandler(NotAPurchaser.class)
    String refused(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        PageModel.addTo(model, request);
        model.addAttribute("status", HttpServletResponse.SC_FORBIDDEN);
        return "error";
    }

    static final class NotAPurchaser extends RuntimeException {
        NotAPurchaser() {
            super("the purchaser pages need the role purchaser or editor of a municipality", null, false, false);
        }
    }

    static boolean mayUse() {
        return PortalUser.current()
                .map(user -> user.municipality() != null && (user.has("purchaser") || user.has("editor")))
                .orElse(false);
    }
}
