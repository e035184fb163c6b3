package nl.dictu.tvs.portal.web.view.applicant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.shared.i18n.Bundle;
import nl.dictu.tvs.portal.usecase.apiaccess.ApiClients;
import nl.dictu.tvs.portal.usecase.apiaccess.ApiScope;
import nl.dictu.tvs.portal.usecase.apiaccess.RegisteredClient;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.FieldIds;
import nl.dictu.tvs.portal.web.view.FormRefusal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The organisation's API clients: registering one with its public key and scopes, and revoking one. */
@Named
@RequestScoped
public class ApiClientsBean {

    private static final Map<String, String> FIELDS = Map.of("name", "clientName", "publicKey", "clientPublicKey",
            "scopes", "clientScopes");

    @Inject
    private CurrentUserBean currentUser;

    @Inject
    private LocaleBean localeBean;

    @EJB
    private ApiClients clients;

    private String name;
    private String publicKey;
    /** The names of the scopes ticked ({@link ApiScope#name()}). */
    private List<String> scopes = new ArrayList<>(List.of(ApiScope.APPLICATIONS_READ.name()));
    private FormRefusal refusal;
    private String done;

    public List<RegisteredClient> getClients() {
        return clients.ofMyOrganisation(actor());
    }

    public List<ApiScope> getAllScopes() {
        return List.of(ApiScope.values());
    }

    public String register() {
        try {
            Set<ApiScope> ticked = EnumSet.noneOf(ApiScope.class);
            for (ApiScope scope : ApiScope.values()) {
                if (scopes != null && scopes.contains(scope.name())) {
                    ticked.add(scope);
                }
            }
            RegisteredClient client = clients.register(actor(), name, publicKey, ticked);
            done = Bundle.text(localeBean.getLocale(), "apiClients.registered", client.clientId());
            name = null;
            publicKey = null;
        } catch (ApplicationServiceException e) {
            refusal = new FormRefusal(Bundle.text(localeBean.getLocale(), e.messageKey(), e.arguments().toArray()),
                    FieldIds.clientId(null, e.field(), FIELDS));
        }
        return null;
    }

    public String revoke(String clientId) {
        try {
            clients.revoke(actor(), clientId);
            done = Bundle.text(localeBean.getLocale(), "apiClients.revoked", clientId);
        } catch (ApplicationServiceException e) {
            refusal = new FormRefusal(Bundle.text(localeBean.getLocale(), e.messageKey(), e.arguments().toArray()), null);
        }
        return null;
    }

    /** The bundle key of a scope's label, e.g. {@code apiClients.scope.applications_read}. */
    public String scopeKey(ApiScope scope) {
        return "apiClients.scope." + scope.name().toLowerCase(Locale.ROOT);
    }

    private SignedInUser actor() {
        return currentUser.signedIn();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public void setPublicKey(String publicKey) {
        this.publicKey = publicKey;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes;
    }

    public FormRefusal getRefusal() {
        return refusal;
    }

    public String getDone() {
        return done;
    }
}
