package nl.dictu.tvs.portal.web.view.reviewer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.application.ApplicationQueries;
import nl.dictu.tvs.portal.review.TaskSummary;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;

import java.util.List;

/** The reviewer's start page: the group's open tasks, oldest first. */
@Named
@RequestScoped
public class ReviewerHomeBean {

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private ApplicationQueries queries;

    private List<TaskSummary> tasks;

    public List<TaskSummary> getTasks() {
        if (tasks == null) {
            tasks = currentUser.user().map(queries::tasksFor).orElse(List.of());
        }
        return tasks;
    }
}
