package nl.dictu.tvs.portal.web.view.applicant;

import nl.dictu.tvs.portal.domain.application.Contact;
import nl.dictu.tvs.portal.domain.application.ContactRole;

import java.io.Serializable;

/** One contact in the correction form, in the role it was given. */
public class ContactRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ContactRole role;
    private String name;
    private String email;
    private String phone;

    ContactRow(Contact contact) {
        role = contact.role();
        name = contact.name();
        email = contact.email();
        phone = contact.phone();
    }

    Contact toContact() {
        return new Contact(role, name, email, phone);
    }

    public ContactRole getRole() {
        return role;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
