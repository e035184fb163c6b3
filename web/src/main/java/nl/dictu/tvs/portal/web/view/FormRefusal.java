package nl.dictu.tvs.portal.web.view;

import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.shared.i18n.Bundle;

import java.util.List;
import java.util.Locale;

/**
 * A refused form: every problem the service found, each with the id of the field it is about (or
 * null), which the field points at with {@code aria-describedby}, shows beside it, and the alert
 * at the top links to.
 */
public record FormRefusal(List<Line> lines) {

    /** One problem: the message, and the field's id or null. */
    public record Line(String message, String fieldId) {
    }

    public FormRefusal {
        lines = List.copyOf(lines);
    }

    public FormRefusal(String message, String fieldId) {
        this(List.of(new Line(message, fieldId)));
    }

    /** The service's refusal with every problem it found at once ({@link ActionRefusedException#all()}), in the page's language. */
    public static FormRefusal of(ApplicationServiceException refusal, Locale locale) {
        List<? extends ApplicationServiceException> all = refusal instanceof ActionRefusedException action
                ? action.all() : List.of(refusal);
        return new FormRefusal(all.stream()
                .map(e -> new Line(Bundle.text(locale, e.messageKey(), e.arguments().toArray()), AccountForm.fieldOf(e)))
                .toList());
    }

    public boolean isAbout(String field) {
        return lines.stream().anyMatch(line -> field.equals(line.fieldId()));
    }

    /** The messages about the field, or an empty text. */
    public String messageOf(String field) {
        return String.join(" ", lines.stream().filter(line -> field.equals(line.fieldId())).map(Line::message).toList());
    }
}
