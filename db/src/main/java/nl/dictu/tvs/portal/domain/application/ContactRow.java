package nl.dictu.tvs.portal.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One row of a version's contacts. */
@Embeddable
public class ContactRow {

    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 30, nullable = false)
    private ContactRole role;

    @Column(name = "name", length = Contact.NAME_MAX, nullable = false)
    private String name;

    @Column(name = "email", length = Contact.EMAIL_MAX, nullable = false)
    private String email;

    @Column(name = "phone", length = Contact.PHONE_MAX)
    private String phone;

    protected ContactRow() {
        // for JPA
    }

    ContactRow(Contact contact) {
        role = contact.role();
        name = contact.name();
        email = contact.email();
        phone = contact.phone();
    }

    Contact toContact() {
        return new Contact(role, name, email, phone);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactRow other && role == other.role;
    }

    @Override
    public int hashCode() {
        return role.hashCode();
    }
}
