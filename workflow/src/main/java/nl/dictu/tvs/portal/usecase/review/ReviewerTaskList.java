package nl.dictu.tvs.portal.usecase.review;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The reviewer's task list, one page at a time, filtered and sorted in the database ({@link TaskListSql}). */
@Stateless
public class ReviewerTaskList {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private TaskListCounts counts;

    public List<TaskListRow> page(SignedInUser actor, TaskListFilter filter, int first, int pageSize) {
        TaskListSql sql = sqlFor(actor, filter);
        Query query = em.createNativeQuery(sql.select(organisationsCommon(sql)));
        sql.parameters().forEach(query::setParameter);
        query.setParameter("pageOffset", Math.max(0, first));
        query.setParameter("pageSize", Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<TaskListRow> page = rows.stream().map(ReviewerTaskList::row).toList();
        Map<String, String> names = accounts.displayNames(page.stream().map(TaskListRow::assignee).toList());
        return page.stream().map(row -> row.withAssigneeName(row.assignee() == null ? null
                : names.getOrDefault(row.assignee(), row.assignee()))).toList();
    }

    /** Whether the organisation filter matches at least one in {@link TaskListSql#COMMON_SHARE} organisations. */
    private boolean organisationsCommon(TaskListSql sql) {
        return sql.organisationShare().map(statement -> counts.organisationsCommon(sql.organisationParameters(), () -> {
            Query share = em.createNativeQuery(statement);
            sql.organisationParameters().forEach(share::setParameter);
            Object[] matched = (Object[]) share.getSingleResult();
            return ((Number) matched[0]).longValue() * TaskListSql.COMMON_SHARE >= ((Number) matched[1]).longValue() ? 1 : 0;
        })).orElse(false);
    }

    /** How many tasks the view holds; at most {@link TaskListCounts#FRESH} old, and never older than this node's changes. */
    public long count(SignedInUser actor, TaskListFilter filter) {
        TaskListSql sql = sqlFor(actor, filter);
        return counts.count(filter, actor.username(), () -> {
            Query query = em.createNativeQuery(sql.count());
            sql.parameters().forEach(query::setParameter);
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private TaskListSql sqlFor(SignedInUser actor, TaskListFilter filter) {
        requireReviewer(actor);
        return TaskListSql.of(filter, actor.username(), EngineTimestamps.parameter(clock.instant(), ZoneId.systemDefault()));
    }

    /** The colleagues a task can be handed over to (the actor included), by name. */
    public List<Reviewer> reviewers(SignedInUser actor) {
        requireReviewer(actor);
        return accounts.enabledWithRole(Role.REVIEWER).stream()
                .map(a -> new Reviewer(a.getUsername(), a.getDisplayName())).toList();
    }

    /** The moment the list measures "overdue" against, so the page shows the same. */
    public Instant now() {
        return clock.instant();
    }

    static void requireReviewer(SignedInUser actor) {
        if (!actor.hasRole(Role.REVIEWER_NAME)) {
            throw new AccessRefusedException("access.reviewersOnly");
        }
    }

    private static TaskListRow row(Object[] columns) {
        return new TaskListRow((String) columns[0], (String) columns[1], (String) columns[2], (String) columns[3],
                (String) columns[4], EngineTimestamps.read(columns[5], ZoneId.systemDefault()),
                EngineTimestamps.read(columns[6], ZoneId.systemDefault()), (String) columns[7], null);
    }
}
