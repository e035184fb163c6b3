package nl.dictu.tvs.portal.web.view.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.administration.AccountByAdmin;
import nl.dictu.tvs.portal.usecase.administration.CreatedAccount;
import nl.dictu.tvs.portal.usecase.administration.UserAdministration;
import nl.dictu.tvs.portal.usecase.administration.UserRow;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Users and roles: the list, a new account, enabling, role changes, password resets. */
@Named
@ViewScoped
public class UsersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private UserAdministration administration;

    private List<UserRow> users;
    private String username;
    private String displayName;
    private String email;
    private List<String> roles = new ArrayList<>();
    private String organisationOin;
    private String editing;
    private List<String> editedRoles = new ArrayList<>();
    private String oneTimePassword;
    private String oneTimePasswordFor;

    public List<UserRow> getUsers() {
        if (users == null) {
            users = administration.users(actor());
        }
        return users;
    }

    public void create() {
        forgetOneTimePassword();
        PageMessages.attempt(() -> {
            CreatedAccount created = administration.create(actor(), new AccountByAdmin(username, displayName, email,
                    new LinkedHashSet<>(roles), organisationOin));
            showOnce(created.username(), created.oneTimePassword());
            PageMessages.info("admin.users.created", oneTimePasswordFor);
            username = displayName = email = organisationOin = null;
            roles = new ArrayList<>();
            users = null;
        });
    }

    public void enable(String user, boolean enabled) {
        forgetOneTimePassword();
        PageMessages.attempt(() -> {
            administration.setEnabled(actor(), user, enabled);
            PageMessages.info(enabled ? "admin.users.enabled" : "admin.users.disabled", user);
            users = null;
        });
    }

    public void resetPassword(String user) {
        forgetOneTimePassword();
        PageMessages.attempt(() -> {
            showOnce(user, administration.resetPassword(actor(), user));
            PageMessages.info("admin.users.passwordReset", user);
            users = null;
        });
    }

    public void edit(UserRow row) {
        forgetOneTimePassword();
        editing = row.username();
        editedRoles = new ArrayList<>(row.roles());
    }

    public void saveRoles() {
        forgetOneTimePassword();
        PageMessages.attempt(() -> {
            administration.changeRoles(actor(), editing, new LinkedHashSet<>(editedRoles));
            PageMessages.info("admin.users.rolesChanged", editing);
            editing = null;
            users = null;
        });
    }

    public void cancelEdit() {
        forgetOneTimePassword();
        editing = null;
    }

    /**
     * The one-time password is shown on the response of the action that made it and forgotten by
     * the next action. Rendering never changes it: Faces may evaluate an expression more than once
     * while rendering, and a value that vanished halfway left an element unclosed.
     */
    private void showOnce(String user, String password) {
        oneTimePassword = password;
        oneTimePasswordFor = user;
    }

    private void forgetOneTimePassword() {
        oneTimePassword = null;
        oneTimePasswordFor = null;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public boolean isOneTimePasswordShown() {
        return oneTimePassword != null;
    }

    private SignedInUser actor() {
        return currentUser.signedIn();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getOrganisationOin() {
        return organisationOin;
    }

    public void setOrganisationOin(String organisationOin) {
        this.organisationOin = organisationOin;
    }

    public String getEditing() {
        return editing;
    }

    public List<String> getEditedRoles() {
        return editedRoles;
    }

    public void setEditedRoles(List<String> editedRoles) {
        this.editedRoles = editedRoles;
    }

    public String getOneTimePasswordFor() {
        return oneTimePasswordFor;
    }
}
