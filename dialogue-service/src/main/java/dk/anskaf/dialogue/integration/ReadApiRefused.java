package dk.anskaf.dialogue.integration;

import dk.anskaf.platform.errors.DomainException;

/** The read API's refusals; texts under "Read API" in {@code anskaf/problems}. */
final class ReadApiRefused {

    private ReadApiRefused() {}

    /** 404 {@code not-found}: the dialogue has no chosen supplier (yet) whose answers may be read. */
    static final class NoChosenSupplier extends DomainException {
        NoChosenSupplier(long dialogueId) {
            super(Kind.NOT_FOUND, "integration-no-chosen-supplier", dialogueId);
        }
    }

    /** 400: {@code page} or {@code size} outside what the list serves. */
    static final class BadPaging extends DomainException {
        BadPaging(String field, String slug) {
            super(field, slug);
        }
    }
}
