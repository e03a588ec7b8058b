package dk.anskaf.dialogue.organisation;

import dk.anskaf.platform.errors.DomainProblems;
import dk.anskaf.platform.errors.ProblemMessages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * A taken CVR is the platform's 409 problem plus {@code organisationId}, the existing organisation's id,
 * so the caller (registering, or inviting with a new organisation) can use that one instead.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CvrTakenAdvice {

    @ExceptionHandler(OrganisationRefused.CvrTaken.class)
    ResponseEntity<ProblemDetail> cvrTaken(OrganisationRefused.CvrTaken taken, WebRequest request) {
        ProblemDetail problem = DomainProblems.toProblem(
                taken, ProblemMessages.localeFor(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        problem.setProperty("organisationId", taken.existing());
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
