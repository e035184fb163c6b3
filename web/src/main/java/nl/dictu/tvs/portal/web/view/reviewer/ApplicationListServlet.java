package nl.dictu.tvs.portal.web.view.reviewer;

import nl.dictu.tvs.portal.shared.i18n.Bundle;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.dictu.tvs.portal.usecase.overview.OverviewQueries;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ResourceBundle;

/**
 * The application list as a CSV download (UTF-8 with byte order mark, semicolons), streamed to
 * the response as the rows come from the database. Reviewers and admins only (web.xml).
 */
@WebServlet(ApplicationListServlet.PATH)
public class ApplicationListServlet extends HttpServlet {

    public static final String PATH = "/reviewer/applications.csv";

    @Inject
    private CurrentUserBean currentUser;

    @Inject
    private LocaleBean locale;

    @EJB
    private OverviewQueries overview;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var user = currentUser.user();
        if (user.isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        ResourceBundle bundle = Bundle.of(locale.getLocale());
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"tvs-aanvragen-" + LocalDate.now() + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        overview.exportApplications(user.get(), out, bundle::getString);
        out.flush();
    }
}
