package dk.anskaf.dialogue.export;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The answers as a tagged PDF (PDF/UA: structure tree, document language "da", title, embedded font)
 * from the XHTML template {@code export/answers.xhtml} (DOMAIN.md §6.5): the dialogue's header (Titel,
 * Beskrivelse, Kontakt email, Svarfrist, Domæn(er)), then per supplier each requirement with its answer.
 *
 * <p>Thymeleaf's XML mode escapes every text it writes, so a supplier's or purchaser's HTML stays text.
 * The font is Liberation Sans, which PDFBox ships in its own jar (SIL OFL): Danish letters and the dash,
 * with nothing to download or install on a server.
 */
@Component
class AnswersPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /** One supplier's part of the document. */
    record Section(ExportSupplier supplier, Map<Long, ExportAnswer> answers) {}

    /** One requirement with one supplier's answer, as the template shows it. */
    record Item(
            String kravId,
            String name,
            String category,
            @Nullable String priority,
            String text,
            String choice,
            @Nullable String elaboration,
            @Nullable String price,
            @Nullable String status,
            @Nullable String comment) {}

    /** A supplier's heading and its items. */
    record Part(String name, @Nullable String itSystem, List<Item> items) {}

    private final TemplateEngine templates;

    AnswersPdf() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("export/");
        resolver.setSuffix(".xhtml");
        // XML mode: well-formed XHTML for the PDF renderer's parser, every th:text escaped.
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        templates = new TemplateEngine();
        templates.setTemplateResolver(resolver);
    }

    /**
     * @param title the document's title (its metadata and first heading)
     * @param domains the dialogue's domains as names (or numbers when the catalogue did not answer)
     * @param showReview whether the purchaser's status and comment are shown
     */
    void write(
            String title,
            ExportDialogue dialogue,
            String domains,
            List<ExportRequirement> requirements,
            List<Section> sections,
            boolean showReview,
            OutputStream out)
            throws IOException {
        Context context = new Context();
        context.setVariable("title", title);
        context.setVariable("dialogue", dialogue);
        context.setVariable("deadline", Labels.time(dialogue.deadline()));
        context.setVariable("domains", domains);
        context.setVariable("showReview", showReview);
        context.setVariable(
                "parts",
                sections.stream()
                        .map(section -> part(dialogue, requirements, section, showReview))
                        .toList());
        String html = templates.process("answers", context);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> AnswersPdf.class.getResourceAsStream(FONT), "Liberation Sans");
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
    }

    private static Part part(
            ExportDialogue dialogue, List<ExportRequirement> requirements, Section section, boolean showReview) {
        List<Item> items = new ArrayList<>(requirements.size());
        for (ExportRequirement requirement : requirements) {
            ExportAnswer answer = section.answers().getOrDefault(requirement.id(), ExportAnswer.NONE);
            items.add(new Item(
                    requirement.kravId(),
                    requirement.name(),
                    requirement.category(),
                    dialogue.prioritiesVisible() ? Labels.priority(requirement.priority()) : null,
                    requirement.text(),
                    answer.choice() == null ? "Ikke besvaret" : Labels.choice(answer.choice()),
                    answer.elaboration(),
                    dialogue.pricesRequested() ? answer.price() : null,
                    showReview ? Labels.review(answer.reviewStatus()) : null,
                    showReview ? answer.reviewComment() : null));
        }
        ExportSupplier supplier = section.supplier();
        return new Part(supplier.organisationName(), supplier.hasItSystem() ? supplier.itSystemLabel() : null, items);
    }
}
