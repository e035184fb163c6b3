package nl.dictu.tvs.portal.web.view.reviewer;

import nl.dictu.tvs.portal.web.view.PageMessages;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
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
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewer's task list ({@code reviewer/tasks.xhtml}). The view and its filters are view
 * parameters, so the address of the page is the view: it can be bookmarked and shared.
 */
@Named
@ViewScoped
public class TasksBean implements Serializable {

    private static final long serialVersionUID = 1L;

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

    private TaskListFilter filter;
    private TaskListModel model;
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
        model = new TaskListModel(taskList, user(), filter);
        now = taskList.now();
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

    public void claim(String taskId) {
        run(() -> commands.claim(user(), taskId), "tasklist.claimed");
    }

    public void unclaim(String taskId) {
        run(() -> commands.unclaim(user(), taskId), "tasklist.unclaimed");
    }

    /** Opens the choice of colleague on one row (and closes it on any other). */
    public void chooseColleague(String taskId) {
        handingOver = taskId;
    }

    public boolean isChoosingColleague(TaskListRow row) {
        return row.taskId().equals(handingOver);
    }

    public void handOver(String taskId) {
        String colleague = handOverTo.get(taskId);
        run(() -> {
            commands.handOver(user(), taskId, colleague);
            handingOver = null;
        }, "tasklist.handedOver");
    }

    private void run(Runnable command, String confirmationKey) {
        try {
            command.run();
            PageMessages.info(confirmationKey);
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
        }
    }

    private SignedInUser user() {
        return currentUser.user().orElseThrow(() -> new IllegalStateException("The reviewer pages need a signed-in user"));
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

    public TaskListModel getModel() {
        return model;
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
