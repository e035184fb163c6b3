package nl.dictu.tvs.portal.web.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Shows a calendar date in the page's language, as {@link InstantConverter} shows a moment: "24 dec 2026",
 * "Dec 24, 2026". For the places a converter cannot reach: message parameters ({@code <f:param>}) and text
 * ({@code #{dates.show(row.from())}}). Date fields people type in keep ISO dates, as HTML date inputs want.
 */
@Named("dates")
@ApplicationScoped
public class DatesBean {

    /** The date in the current page's language; empty for none. */
    public String show(LocalDate date) {
        return date == null ? "" : show(date, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public static String show(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}
