package nl.dictu.tvs.portal.web.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.usecase.account.StaffSignIn;
import nl.dictu.tvs.portal.usecase.membership.DemoRegistration;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What the (stateless) login page shows besides the form: the staff sign-in at the identity provider, when configured, and the demo registration link, in demo mode only. */
@Named
@RequestScoped
public class LoginBean {

    @EJB
    private DemoRegistration registration;

    @EJB
    private StaffSignIn staffSignIn;

    /** Staff sign in at the identity provider when one is configured. */
    public boolean isStaffProviderAvailable() {
        return staffSignIn.isAvailable();
    }

    /** A query parameter's value, encoded to pass on in a link. */
    public String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public boolean isRegistrationOpen() {
        return registration.isAvailable();
    }
}
