package nl.dictu.tvs.portal.usecase.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import java.util.List;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Open tasks, oldest first, one page at a time: the reviewer group's, a group's, or one instance's. */
@ApplicationScoped
public class ReviewerTaskQuery {

    @Inject
    private TaskService taskService;

    @Inject
    private RuntimeService runtimeService;

    protected ReviewerTaskQuery() {
        // for CDI
    }

    /** Outside the container (tests), with the engine's services. */
    public ReviewerTaskQuery(TaskService taskService, RuntimeService runtimeService) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    /** The active tasks a candidate group may work on, claimed or not. */
    public List<TaskSummary> openTasksOfGroup(String group, int first, int max) {
        return summaries(taskService.createTaskQuery()
                .taskCandidateGroup(group)
                .includeAssignedTasks()
                .active()
                .orderByTaskCreateTime().asc()
                .listPage(first, max));
    }

    public List<TaskSummary> openTasksOfInstance(String processInstanceId) {
        return summaries(taskService.createTaskQuery().processInstanceId(processInstanceId)
                .orderByTaskCreateTime().asc().list());
    }

    /** The open tasks of each of the instances, oldest first: one query for all of them. */
    public Map<String, List<TaskSummary>> openTasksOfInstances(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        List<Task> tasks = taskService.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                .orderByTaskCreateTime().asc().list();
        Map<String, List<TaskSummary>> byInstance = new HashMap<>();
        List<TaskSummary> summaries = summaries(tasks);
        for (int i = 0; i < tasks.size(); i++) {
            byInstance.computeIfAbsent(tasks.get(i).getProcessInstanceId(), id -> new ArrayList<>()).add(summaries.get(i));
        }
        return byInstance;
    }

    private List<TaskSummary> summaries(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> references = runtimeService.createProcessInstanceQuery()
                .processInstanceIds(instanceIds)
                .list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return tasks.stream().map(t -> new TaskSummary(t.getId(), references.get(t.getProcessInstanceId()),
                t.getTaskDefinitionKey(), t.getName(), t.getCreateTime().toInstant(), t.getAssignee())).toList();
    }
}
