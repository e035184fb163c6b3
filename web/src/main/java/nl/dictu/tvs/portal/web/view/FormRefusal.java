package nl.dictu.tvs.portal.web.view;

/**
 * A refusal shown on a form: the message, and the id of the field it is about (or null), which the
 * field points at with {@code aria-describedby} and the alert links to.
 */
public record FormRefusal(String message, String fieldId) {

    public boolean isAbout(String field) {
        return field.equals(fieldId);
    }
}
