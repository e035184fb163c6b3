package nl.dictu.tvs.portal.web.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.shared.i18n.Bundle;
import nl.dictu.tvs.portal.usecase.cluster.AansluitbestandImportReport;
import nl.dictu.tvs.portal.usecase.cluster.AansluitbestandRow;
import nl.dictu.tvs.portal.usecase.cluster.ClusterConnections;
import nl.dictu.tvs.portal.usecase.cluster.ClusterMemberView;
import nl.dictu.tvs.portal.web.Uploads;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;

import java.util.ArrayList;
import java.util.List;

/**
 * The cluster section of an application's page, for the supplier's members and for reviewers alike: the
 * organisations it serves, the aansluitbestand per environment, its download and its import. The application
 * is named by the request's {@code reference} parameter; the service decides who may see it.
 */
@Named
@RequestScoped
public class ClusterBean {

    static final String FILE_FIELD = "aansluitbestandFile";

    @Inject
    private CurrentUserBean currentUser;

    @Inject
    private LocaleBean localeBean;

    @EJB
    private ClusterConnections clusters;

    private List<ClusterMemberView> members;
    private ConnectionEnvironment environment = ConnectionEnvironment.PREPRODUCTION;
    private transient Part file;
    private String done;
    private FormRefusal refusal;

    /** The organisations the application serves; empty for an application of one organisation (and one not shown). */
    public List<ClusterMemberView> members(String reference) {
        if (members == null) {
            try {
                members = currentUser.user().map(user -> clusters.members(user, reference)).orElse(List.of());
            } catch (AccessRefusedException notShown) {
                members = List.of();
            }
        }
        return members;
    }

    public List<AansluitbestandRow> rows(String reference, String environmentName) {
        return clusters.aansluitbestand(actor(), reference, ConnectionEnvironment.valueOf(environmentName));
    }

    public List<ConnectionEnvironment> getEnvironments() {
        return List.of(ConnectionEnvironment.values());
    }

    public String importFile() {
        if (!Uploads.chosen(file)) {
            refusal = new FormRefusal(Bundle.text(localeBean.getLocale(), "aansluitbestand.file.empty", 0), FILE_FIELD);
            return null;
        }
        try {
            AansluitbestandImportReport report = clusters.importFile(actor(), reference(), environment,
                    file.getSubmittedFileName(), Uploads.read(file, FilePurpose.METADATA));
            if (report.accepted()) {
                done = Bundle.text(localeBean.getLocale(), "aansluitbestand.imported", report.importedCount());
            } else {
                List<FormRefusal.Line> lines = new ArrayList<>();
                lines.add(new FormRefusal.Line(Bundle.text(localeBean.getLocale(), "aansluitbestand.rejected"), null));
                report.problems().forEach(problem -> lines.add(new FormRefusal.Line(Bundle.text(localeBean.getLocale(),
                        problem.messageKey(), problem.arguments().toArray()), FILE_FIELD)));
                refusal = new FormRefusal(lines);
            }
        } catch (ApplicationServiceException e) {
            refusal = FormRefusal.of(e, localeBean.getLocale());
        }
        return null;
    }

    /** The application's reference, from the import form's hidden field. */
    private static String reference() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("reference");
    }

    private SignedInUser actor() {
        return currentUser.signedIn();
    }

    public ConnectionEnvironment getEnvironment() {
        return environment;
    }

    public void setEnvironment(ConnectionEnvironment environment) {
        this.environment = environment;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getDone() {
        return done;
    }

    public FormRefusal getRefusal() {
        return refusal;
    }
}
