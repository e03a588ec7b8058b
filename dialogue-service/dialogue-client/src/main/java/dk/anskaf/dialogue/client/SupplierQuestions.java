package dk.anskaf.dialogue.client;

import java.util.List;

/** The supplier's "Spørgsmål og svar": its own questions (newest first) and the answers published from others'. */
public record SupplierQuestions(List<OwnQuestion> own, List<PublishedAnswer> published) {}
