package nl.dictu.tvs.portal.web.view;

import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.membership.NewAccount;

import java.util.Map;

/**
 * The fields of a new account, shared by the demo registration and the invitation page, and which
 * field a refusal is about (the field the service names), so the message can stand next to it and
 * the summary can link to it.
 */
public class AccountForm {

    private String displayName;
    private String email;
    private String password;
    private String passwordRepeat;

    /** The field id a refusal is about, or null when it is about no one field. */
    public static String fieldOf(ApplicationServiceException refusal) {
        return FieldIds.clientId(null, refusal.field(), Map.of());
    }

    public NewAccount toNewAccount(String language) {
        return new NewAccount(displayName, email, password, passwordRepeat, language);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }
}
