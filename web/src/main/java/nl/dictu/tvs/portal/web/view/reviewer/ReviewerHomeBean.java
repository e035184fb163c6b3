package nl.dictu.tvs.portal.web.view.reviewer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.review.ReviewerTaskQuery;
import nl.dictu.tvs.portal.review.TaskSummary;

import java.util.List;

/** The reviewer's start page: the group's open tasks, oldest first. */
@Named
@RequestScoped
public class ReviewerHomeBean {

    static final int PAGE_SIZE = 50;

    @Inject
    private ReviewerTaskQuery taskQuery;

    private List<TaskSummary> tasks;

    public List<TaskSummary> getTasks() {
        if (tasks == null) {
            tasks = taskQuery.openReviewerTasks(0, PAGE_SIZE);
        }
        return tasks;
    }
}
