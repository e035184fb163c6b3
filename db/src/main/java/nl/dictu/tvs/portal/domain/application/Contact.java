package nl.dictu.tvs.portal.domain.application;

import java.util.Objects;
import java.util.regex.Pattern;

/** A person DICTU can reach about the application, in one role. */
public record Contact(ContactRole role, String name, String email, String phone) {

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 30;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,30}");

    public Contact {
        Objects.requireNonNull(role, "role");
        name = name == null ? "" : name.strip();
        email = email == null ? "" : email.strip();
        phone = phone == null || phone.isBlank() ? null : phone.strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw InvalidApplicationException.of("name", "application.invalid.contactName", label(role));
        }
        if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            throw InvalidApplicationException.of("email", "application.invalid.contactEmail", label(role), email);
        }
        if (phone != null && (phone.length() > PHONE_MAX || !PHONE.matcher(phone).matches())) {
            throw InvalidApplicationException.of("phone", "application.invalid.contactPhone", label(role), phone);
        }
    }

    /** The role as the message names it: its label, e.g. "Technisch contactpersoon". */
    private static String label(ContactRole role) {
        return MessageLabel.of("contact.role." + role.name());
    }
}
