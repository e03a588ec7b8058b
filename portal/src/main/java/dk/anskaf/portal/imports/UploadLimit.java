package dk.anskaf.portal.imports;

import dk.anskaf.portal.web.PageModel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the limit is refused before any controller runs; the user gets the import form back
 * with the reason instead of a bare 413 (exception handlers do not get the page model by themselves).
 */
@ControllerAdvice
class UploadLimit {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
        PageModel.addTo(model, request);
        return ImportPages.tooLarge(model, response);
    }
}
