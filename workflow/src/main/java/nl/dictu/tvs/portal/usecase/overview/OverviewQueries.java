package nl.dictu.tvs.portal.usecase.overview;

import nl.dictu.tvs.portal.shared.error.AccessRefusedException;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.usecase.overview.ApplicationListCsv;
import nl.dictu.tvs.portal.usecase.overview.Dashboard;

import javax.sql.DataSource;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.UnaryOperator;

/** The overview for reviewers and admins: the dashboard and the application list as CSV. */
@Stateless
public class OverviewQueries {

    @Resource(lookup = "java:jboss/datasources/TvsDS")
    private DataSource dataSource;

    @Inject
    private DashboardSnapshot snapshot;

    /** The dashboard as of its last background refresh ({@link DashboardSnapshot}); {@link Dashboard#at()} says when. */
    public Dashboard dashboard(SignedInUser actor) {
        requireReviewerOrAdmin(actor);
        return snapshot.latest();
    }

    /**
     * Streams the application list as CSV (UTF-8 with BOM expected from the writer's encoding)
     * to {@code out}; {@code labels} gives texts in the reader's language. Returns the number of lines.
     */
    public long exportApplications(SignedInUser actor, Writer out, UnaryOperator<String> labels) {
        requireReviewerOrAdmin(actor);
        try (Connection connection = dataSource.getConnection()) {
            return new ApplicationListCsv(labels).write(connection, out);
        } catch (SQLException e) {
            throw new IllegalStateException("the application list could not be read: " + e.getMessage(), e);
        }
    }

    static void requireReviewerOrAdmin(SignedInUser actor) {
        if (!actor.hasRole(Role.REVIEWER_NAME) && !actor.hasRole(Role.ADMIN_NAME)) {
            throw new AccessRefusedException("access.reviewersOrAdminsOnly");
        }
    }
}
