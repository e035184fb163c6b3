package nl.dictu.tvs.portal.web.view;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.usecase.application.FileDownload;
import nl.dictu.tvs.portal.usecase.cluster.AansluitbestandFormat;
import nl.dictu.tvs.portal.usecase.cluster.ClusterConnections;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A cluster connection's aansluitbestand as a download: {@code ?reference=...&environment=preproduction|production
 * &format=xlsx|csv}. For the supplier's members (under /applicant, web.xml) and reviewers (under /reviewer); the
 * service refuses another organisation's application like one that does not exist.
 */
@WebServlet({AansluitbestandServlet.APPLICANT_PATH, AansluitbestandServlet.REVIEWER_PATH})
public class AansluitbestandServlet extends HttpServlet {

    public static final String APPLICANT_PATH = "/applicant/aansluitbestand";
    public static final String REVIEWER_PATH = "/reviewer/aansluitbestand";

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private ClusterConnections clusters;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var user = currentUser.user();
        ConnectionEnvironment environment = known(ConnectionEnvironment.values(), request.getParameter("environment"));
        AansluitbestandFormat format = known(AansluitbestandFormat.values(), request.getParameter("format"));
        if (user.isEmpty() || environment == null || format == null) {
            response.sendError(user.isEmpty() ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileDownload download;
        try {
            download = clusters.export(user.get(), request.getParameter("reference"), environment, format);
        } catch (AccessRefusedException notYours) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(download.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(download.content());
    }

    private static <E extends Enum<E>> E known(E[] values, String name) {
        return name == null ? null : Arrays.stream(values).filter(v -> v.name().equals(name.toUpperCase(Locale.ROOT)))
                .findFirst().orElse(null);
    }
}
