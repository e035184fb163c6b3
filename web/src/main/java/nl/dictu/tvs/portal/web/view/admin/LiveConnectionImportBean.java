package nl.dictu.tvs.portal.web.view.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.dictu.tvs.portal.usecase.expiry.ConnectionImportAdministration;
import nl.dictu.tvs.portal.usecase.expiry.ConnectionImportParser;
import nl.dictu.tvs.portal.usecase.expiry.ConnectionImportReport;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The import of DICTU's administration of live connections ({@code admin/live-connections.xhtml}): upload the
 * CSV or XLSX (the service checks its size and content) and show what became of it, every bad row by number.
 */
@Named
@RequestScoped
public class LiveConnectionImportBean {

    @Inject
    private CurrentUserBean currentUser;

    @Inject
    private LocaleBean localeBean;

    @EJB
    private ConnectionImportAdministration imports;

    private Part file;
    private ConnectionImportReport report;

    public void upload() throws IOException {
        try (InputStream content = file.getInputStream()) {
            report = imports.importUpload(currentUser.signedIn(), file.getSubmittedFileName(), file.getSize(),
                    content);
        }
    }

    /** The problems of a rejected upload, each with its row number (empty for file-level problems) and message. */
    public List<AlbBean.Problem> getProblems() {
        if (report == null) {
            return List.of();
        }
        return report.problems().stream()
                .map(f -> new AlbBean.Problem(f.evidence().getOrDefault("row", ""), f.message(localeBean.getLocale())))
                .toList();
    }

    public ConnectionImportReport getReport() {
        return report;
    }

    public String getHeader() {
        return ConnectionImportParser.HEADER;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
