package nl.dictu.tvs.portal.web.view.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.administration.AlbAdministration;
import nl.dictu.tvs.portal.usecase.administration.AlbImportReport;
import nl.dictu.tvs.portal.usecase.administration.AlbImportView;
import nl.dictu.tvs.portal.trust.alb.AlbCsvImport;
import nl.dictu.tvs.portal.trust.alb.AlbEntry;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.InstantConverter;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The ALB page: upload RvIG's file (the service checks its size and content, whatever its name or type says),
 * show what became of it, and list the current entries, narrowed by the search parameter {@value #SEARCH}.
 */
@Named
@RequestScoped
public class AlbBean {

    static final String SEARCH = "q";
    static final String EXAMPLE_LINE = "00000001002220647000;Gemeente Utrecht;RvIG-2021-0042;2021-03-15";

    @Inject
    private CurrentUserBean currentUser;

    @Inject
    private LocaleBean localeBean;

    @Inject
    private HttpServletRequest request;

    @EJB
    private AlbAdministration alb;

    private Part file;
    private AlbImportReport report;
    private List<AlbEntry> entries;
    private Optional<AlbImportView> latestImport;

    public void upload() throws IOException {
        try (InputStream content = file.getInputStream()) {
            report = alb.importUpload(user(), file.getSubmittedFileName(), file.getSize(), content);
        }
        entries = null;
        latestImport = null;
    }

    /** The problems of a rejected upload, each with its line number (empty for file-level problems) and message. */
    public List<Problem> getProblems() {
        if (report == null) {
            return List.of();
        }
        return report.problems().stream()
                .map(f -> new Problem(f.evidence().getOrDefault("line", ""), f.message(localeBean.getLocale())))
                .toList();
    }

    public AlbImportReport getReport() {
        return report;
    }

    public AlbImportView getLatestImport() {
        if (latestImport == null) {
            latestImport = alb.latestImport(user());
        }
        return latestImport.orElse(null);
    }

    /** When the current list was imported, formatted like every instant the portal shows. */
    public String getLatestImportedAt() {
        AlbImportView latest = getLatestImport();
        return latest == null ? "" : new InstantConverter().getAsString(FacesContext.getCurrentInstance(), null, latest.importedAt());
    }

    public List<AlbEntry> getEntries() {
        if (entries == null) {
            entries = alb.entries(user(), getSearch());
        }
        return entries;
    }

    public long getEntryCount() {
        return alb.entryCount(user());
    }

    public boolean isLimited() {
        return getEntries().size() >= AlbAdministration.MAX_LISTED;
    }

    public int getMaxListed() {
        return AlbAdministration.MAX_LISTED;
    }

    public String getSearch() {
        String search = request.getParameter(SEARCH);
        return search == null ? "" : search.strip();
    }

    public String getHeader() {
        return AlbCsvImport.HEADER;
    }

    public String getExampleLine() {
        return EXAMPLE_LINE;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    private SignedInUser user() {
        return currentUser.signedIn();
    }

    /** One problem of a rejected file, as the page lists it. */
    public record Problem(String line, String message) {
    }
}
