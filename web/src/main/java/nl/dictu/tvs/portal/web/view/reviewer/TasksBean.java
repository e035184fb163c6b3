package nl.dictu.tvs.portal.web.view.reviewer;

import nl.dictu.tvs.portal.web.view.PageMessages;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.review.TaskCommands;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import nl.dictu.tvs.portal.usecase.review.Reviewer;
import nl.dictu.tvs.portal.usecase.review.ReviewerTaskList;
import nl.dictu.tvs.portal.domain.organisation.OrganisationKind;
import nl.dictu.tvs.portal.usecase.review.TaskListFilter;
import nl.dictu.tvs.portal.usecase.review.TaskListRow;
import nl.dictu.tvs.portal.usecase.review.TaskListSort;
import nl.dictu.tvs.portal.usecase.review.TaskListView;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewer's task list ({@code reviewer/tasks.xhtml}). The view, its filters and the page are view
 * parameters, so the address of the page is the view: it can be bookmarked and shared. The table is
 * plain HTML with plain buttons (no table widget, no script per row): a claim, release or hand-over posts
 * the form and is answered with a redirect to the same address, so the list shows the new state and a
 * reload does not post again.
 */
@Named
@ViewScoped
public class TasksBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PATH_OF_LIST = "%s/reviewer/tasks.xhtml?";
    static final int PAGE_SIZE = 25;

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private ReviewerTaskList taskList;

    @EJB
    private TaskCommands commands;

    private String view;
    private String organisation;
    private String task;
    private boolean overdue;
    private String sort;
    private String direction;
    private String kind;
    private String page;

    private TaskListFilter filter;
    private TaskListPages pages;
    private List<TaskListRow> rows = List.of();
    private List<Reviewer> reviewers;
    private Instant now;
    /** The one row whose hand-over choice is open: a list of every colleague per row made the page heavy. */
    private String handingOver;
    private final Map<String, String> handOverTo = new HashMap<>();

    @PostConstruct
    void start() {
        now = Instant.now();
    }

    /** After the view parameters: a bad parameter shows why and falls back to all open tasks. */
    public void load() {
        try {
            filter = new TaskListFilter(enumOrNull(TaskListView.class, view), organisation, task, overdue,
                    enumOrNull(TaskListSort.class, sort), !"desc".equals(direction), enumOrNull(OrganisationKind.class, kind));
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
            filter = TaskListFilter.allOldestFirst();
        } catch (IllegalArgumentException e) {
            PageMessages.info("tasklist.badParameter");
            filter = TaskListFilter.allOldestFirst();
        }
        view = filter.view().name();
        now = taskList.now();
        int asked = pageAsked();
        pages = TaskListPages.of(asked, PAGE_SIZE, taskList.count(user(), filter));
        if (pages.number() < asked) {
            PageMessages.info("tasklist.pageBeyond", asked, pages.number());
        }
        page = Integer.toString(pages.number());
        rows = taskList.page(user(), filter, pages.offset(), PAGE_SIZE);
    }

    private int pageAsked() {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            PageMessages.info("tasklist.badPage", page.strip());
            return 1;
        }
    }

    /** The kinds of organisation the list can be filtered by. */
    public List<OrganisationKind> getOrganisationKinds() {
        return List.of(OrganisationKind.values());
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null || value.isBlank() ? null : Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
    }

    public String claim(String taskId) {
        return run(() -> commands.claim(user(), taskId), "tasklist.claimed");
    }

    public String unclaim(String taskId) {
        return run(() -> commands.unclaim(user(), taskId), "tasklist.unclaimed");
    }

    /** Opens the choice of colleague on one row (and closes it on any other). */
    public void chooseColleague(String taskId) {
        handingOver = taskId;
    }

    public boolean isChoosingColleague(TaskListRow row) {
        return row.taskId().equals(handingOver);
    }

    public String handOver(String taskId) {
        String colleague = handOverTo.get(taskId);
        return run(() -> commands.handOver(user(), taskId, colleague), "tasklist.handedOver");
    }

    /** Runs the command and answers with the same view, page and filters afresh, its outcome as the message. */
    private String run(Runnable command, String confirmationKey) {
        PageMessages.attempt(() -> {
            command.run();
            PageMessages.info(confirmationKey);
        });
        PageMessages.keepForRedirect();
        return "/reviewer/tasks?faces-redirect=true&includeViewParams=true";
    }

    private SignedInUser user() {
        return currentUser.signedIn();
    }

    public boolean isMine(TaskListRow row) {
        return currentUser.user().map(u -> u.username().equals(row.assignee())).orElse(false);
    }

    public boolean pastDue(TaskListRow row) {
        return row.overdueAt(now);
    }

    public long age(TaskListRow row) {
        return row.ageInDaysAt(now);
    }

    public List<Reviewer> getReviewers() {
        if (reviewers == null) {
            reviewers = taskList.reviewers(user());
        }
        return reviewers;
    }

    public List<String> getTaskKeys() {
        return ConnectionRequestModel.REVIEWER_TASKS;
    }

    public TaskListView[] getViews() {
        return TaskListView.values();
    }

    public TaskListSort[] getSorts() {
        return TaskListSort.values();
    }

    public Map<String, String> getHandOverTo() {
        return handOverTo;
    }

    /** The rows of the page shown. */
    public List<TaskListRow> getRows() {
        return rows;
    }

    public TaskListPages getPages() {
        return pages;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    /** The address of one of the views, with no filter. */
    public String viewHref(TaskListView target) {
        return PATH_OF_LIST.formatted(contextPath()) + "view=" + target.name();
    }

    /** The address of a page of the list as it shows now: its view, filter and order. */
    public String pageHref(long number) {
        StringBuilder query = new StringBuilder();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("view", view);
        parameters.put("organisation", organisation);
        parameters.put("kind", kind);
        parameters.put("task", task);
        parameters.put("overdue", overdue ? "true" : null);
        parameters.put("sort", sort);
        parameters.put("direction", direction);
        parameters.put("page", Long.toString(number));
        parameters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return PATH_OF_LIST.formatted(contextPath()) + query;
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    public TaskListFilter getFilter() {
        return filter;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getTask() {
        return task;
    }

    public void setTask(String task) {
        this.task = task;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }
}
