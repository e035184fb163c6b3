package nl.dictu.tvs.portal.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.user.Role;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The reviewer group's open tasks, oldest first, one page at a time. */
@ApplicationScoped
public class ReviewerTaskQuery {

    @Inject
    private TaskService taskService;

    @Inject
    private RuntimeService runtimeService;

    public List<TaskSummary> openReviewerTasks(int first, int max) {
        List<Task> tasks = taskService.createTaskQuery()
                .taskCandidateGroup(Role.REVIEWER_NAME)
                .includeAssignedTasks()
                .active()
                .orderByTaskCreateTime().asc()
                .listPage(first, max);
        if (tasks.isEmpty()) {
            return List.of();
        }
        String[] instanceIds = tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        Map<String, String> references = runtimeService.createProcessInstanceQuery()
                .processInstanceIds(java.util.Set.of(instanceIds))
                .list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Function<Task, TaskSummary> toSummary = t -> new TaskSummary(t.getId(),
                references.get(t.getProcessInstanceId()), t.getTaskDefinitionKey(), t.getName(),
                t.getCreateTime().toInstant(), t.getAssignee());
        return tasks.stream().map(toSummary).toList();
    }
}
