package nl.dictu.tvs.portal.usecase.applying.draft;

import nl.dictu.tvs.portal.domain.application.ContactRole;

import java.io.Serializable;
import java.util.Objects;

/** A contact as typed in the wizard, for one role; empty fields are empty strings. */
public class ContactEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ContactRole role;
    private String name = "";
    private String email = "";
    private String phone = "";

    public ContactEntry(ContactRole role) {
        this.role = Objects.requireNonNull(role, "role");
    }

    public boolean isEmpty() {
        return name.isBlank() && email.isBlank() && phone.isBlank();
    }

    public ContactRole getRole() {
        return role;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Text.orEmpty(name);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Text.orEmpty(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = Text.orEmpty(phone);
    }
}
