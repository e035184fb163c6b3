package nl.dictu.tvs.portal.document;

import java.util.Objects;

/**
 * A person DICTU can reach about the application, as a document shows them.
 *
 * @param role  {@code TECHNICAL}, {@code ADMINISTRATIVE} or {@code SIGNATORY}; the label is {@code contact.role.<role>}
 * @param phone null when the applicant gave none
 */
public record ContactPerson(String role, String name, String email, String phone) {

    public ContactPerson {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
    }
}
