package nl.dictu.tvs.portal.web.view.reviewer;

import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.review.ReviewerTaskList;
import nl.dictu.tvs.portal.usecase.review.TaskListFilter;
import nl.dictu.tvs.portal.usecase.review.TaskListRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/**
 * The task list one page at a time from the database. Sorting and filtering come from the URL
 * (the filter form), not from the table's own controls, so a view can be shared as a link.
 */
public class TaskListModel extends LazyDataModel<TaskListRow> {

    private static final long serialVersionUID = 1L;

    private final ReviewerTaskList taskList;
    private final SignedInUser user;
    private final TaskListFilter filter;
    private List<TaskListRow> page = List.of();

    TaskListModel(ReviewerTaskList taskList, SignedInUser user, TaskListFilter filter) {
        this.taskList = taskList;
        this.user = user;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(Math.min(Integer.MAX_VALUE, taskList.count(user, filter)));
    }

    @Override
    public List<TaskListRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        page = taskList.page(user, filter, first, pageSize);
        return page;
    }

    @Override
    public String getRowKey(TaskListRow row) {
        return row.taskId();
    }

    @Override
    public TaskListRow getRowData(String rowKey) {
        return page.stream().filter(r -> r.taskId().equals(rowKey)).findFirst().orElse(null);
    }
}
