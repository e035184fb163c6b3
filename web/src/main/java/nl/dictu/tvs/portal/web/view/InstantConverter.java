package nl.dictu.tvs.portal.web.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Shows an {@link Instant} as a date and time in the Netherlands, in the page's language
 * ("24 nov 2026 05:20"). Output only: no page lets anyone type an instant.
 */
@FacesConverter(value = "tvs.instant", forClass = Instant.class)
public class InstantConverter implements Converter<Instant> {

    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : Instant.parse(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        if (value == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(context.getViewRoot().getLocale())
                .withZone(NETHERLANDS)
                .format(value);
    }
}
