package dk.anskaf.portal.settings.integration;

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
 * The municipality's settings pages answer only its administrators: anyone else gets the 403 page before
 * any call to identity (which checks the role and the municipality again from the same token).
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice(assignableTypes = IntegrationPages.class)
class AdministratorsOnly implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        boolean administrator = PortalUser.current()
                                .map(user -> user.municipality() != null && user.has("administrator"))
                                .orElse(false);
                        if (!administrator) {
                            throw new NotAnAdministrator();
                        }
                        return true;
                    }
                })
                .addPathPatterns("/indstillinger", "/indstillinger/**");
    }

    /** The portal's own 403 page, in the user's language. */
    @ExceptionHandler(NotAnAdministrator.class)
    String refused(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        PageModel.addTo(model, request);
        model.addAttribute("status", HttpServletResponse.SC_FORBIDDEN);
        return "error";
    }

    static final class NotAnAdministrator extends RuntimeException {
        NotAnAdministrator() {
            super("the settings pages need the role administrator of a municipality", null, false, false);
        }
    }
}
