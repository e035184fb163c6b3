package nl.dictu.tvs.portal.web.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.usecase.membership.DemoRegistration;

/** What the (stateless) login page shows besides the form: the demo registration link, in demo mode only. */
@Named
@RequestScoped
public class LoginBean {

    @EJB
    private DemoRegistration registration;

    public boolean isRegistrationOpen() {
        return registration.isAvailable();
    }
}
