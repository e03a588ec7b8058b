package dk.anskaf.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Caching of {@code /assets/**}. Templates link assets with {@code @{/assets/...}}, which Spring's
 * resource chain (content version strategy, {@code spring.web.resources.chain.*} in application.yml)
 * rewrites to a name with the file's MD5, e.g. {@code /assets/portal-<md5>.css}; DKFDS's CSS gets its
 * font and image links rewritten the same way. Such a name always means the same bytes, so the browser
 * keeps it for a year without asking again ({@code immutable}). The plain name still works, for a
 * short time only, since its content changes with a release. A fingerprint that is not the current
 * file's (an old page during a rolling release) gets no long-lived header.
 */
@Configuration(proxyBeanMethods = false)
class AssetCaching implements WebMvcConfigurer {

    static final String FINGERPRINTED =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable().getHeaderValue();
    static final String PLAIN =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().getHeaderValue();

    /** The content strategy's version: {@code -} and 32 hex digits before the extension. */
    private static final Pattern VERSION = Pattern.compile("-[0-9a-f]{32}(?=\\.[^./]+$)");

    /** Lazily: the provider is built by the same MVC configuration that takes this configurer. */
    private final ObjectProvider<ResourceUrlProvider> urls;

    AssetCaching(ObjectProvider<ResourceUrlProvider> urls) {
        this.urls = urls;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        String cacheControl = cacheControl(request.getRequestURI());
                        if (cacheControl != null) {
                            response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
                        }
                        return true;
                    }
                })
                .addPathPatterns("/assets/**");
    }

    /** @return the header for an existing asset's path, or null for a path that names no asset */
    String cacheControl(String path) {
        Matcher version = VERSION.matcher(path);
        String plain = version.find() ? version.replaceFirst("") : path;
        String current = urls.getObject().getForLookupPath(plain);
        if (current == null) {
            return null;
        }
        return current.equals(path) && !plain.equals(path) ? FINGERPRINTED : PLAIN;
    }
}
