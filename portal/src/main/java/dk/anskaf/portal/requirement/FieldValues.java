package dk.anskaf.portal.requirement;

import dk.anskaf.catalog.client.CatalogClient;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A stored field value as a person reads it, for the history and conflict tables: names instead of
 * category, domain, filter and principle ids, the priority's label, Ja/Nej, and a dash for nothing.
 * Used from templates as {@code @fieldValues}.
 */
@Component("fieldValues")
public class FieldValues {

    private final MessageSource messages;

    FieldValues(MessageSource messages) {
        this.messages = messages;
    }

    public String show(String field, Object value, CatalogClient.Classifications classifications) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            return "–";
        }
        if (value instanceof Boolean yes) {
            return message(yes ? "krav.view.yes" : "krav.view.no");
        }
        return switch (field) {
            case "categoryId" -> names(List.of(value), categories(classifications));
            case "subCategoryId" ->
                names(
                        List.of(value),
                        classifications.categories().stream()
                                .flatMap(c -> c.subCategories().stream())
                                .toList());
            case "domainIds" -> names(value, classifications.domains());
            case "filterIds" -> names(value, classifications.filters());
            case "principleIds" -> names(value, classifications.principles());
            case "priority" -> messages.getMessage("krav.priority." + value, null, value.toString(), locale());
            default -> value.toString();
        };
    }

    private static List<CatalogClient.Named> categories(CatalogClient.Classifications classifications) {
        return classifications.categories().stream()
                .map(c -> new CatalogClient.Named(c.id(), c.name(), null, null))
                .toList();
    }

    /** Ids as names, in the catalogue's order; an id no longer known is shown as itself. */
    private String names(Object ids, List<CatalogClient.Named> known) {
        List<Long> wanted = (ids instanceof Collection<?> many ? many.stream() : Stream.of(ids))
                .filter(Objects::nonNull)
                .map(id -> ((Number) id).longValue())
                .toList();
        if (wanted.isEmpty()) {
            return message("krav.view.none");
        }
        return wanted.stream()
                .map(id -> known.stream()
                        .filter(named -> named.id() == id)
                        .map(CatalogClient.Named::name)
                        .findFirst()
                        .orElse(String.valueOf(id)))
                .collect(Collectors.joining(", "));
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, locale());
    }

    private static java.util.Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
