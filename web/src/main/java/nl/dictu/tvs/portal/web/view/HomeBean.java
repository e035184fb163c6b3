package nl.dictu.tvs.portal.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.web.security.LandingPage;

import java.io.IOException;

/** The portal's root sends every user to their own landing page. */
@Named
@RequestScoped
public class HomeBean {

    @Inject
    private FacesContext facesContext;

    public void redirectToLandingPage() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        external.redirect(external.getRequestContextPath() + LandingPage.forRoles(external::isUserInRole));
    }
}
