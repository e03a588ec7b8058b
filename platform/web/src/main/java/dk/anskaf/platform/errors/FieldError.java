package dk.anskaf.platform.errors;

/** One invalid field of a request, as listed in the {@code errors} member of a validation problem. */
public record FieldError(String field, String message) {}
