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
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Open tasks, oldest first: a group's, one page at a time, or those of given instances. */
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

    /**
     * The open tasks of each of the instances, oldest first: one query for all of them. The caller knows each
     * instance's reference (business key), so none is looked up (that lookup was a quarter of the applicant pages' time).
     *
     * @param referenceByInstanceId the reference of each process instance, by its id
     */
    public Map<String, List<TaskSummary>> openTasksOfInstances(Map<String, String> referenceByInstanceId) {
        if (referenceByInstanceId.isEmpty()) {
            return Map.of();
        }
        Map<String, List<TaskSummary>> byInstance = new HashMap<>();
        NativeInClause.list(referenceByInstanceId.keySet(), taskService::createNativeTaskQuery,
                        in -> "select * from ACT_RU_TASK where PROC_INST_ID_ in " + in + " order by CREATE_TIME_, ID_")
                .forEach(t -> byInstance.computeIfAbsent(t.getProcessInstanceId(), id -> new ArrayList<>())
                        .add(summary(t, referenceByInstanceId.get(t.getProcessInstanceId()))));
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
        return tasks.stream().map(t -> summary(t, references.get(t.getProcessInstanceId()))).toList();
    }

    private static TaskSummary summary(Task task, String reference) {
        return new TaskSummary(task.getId(), reference, task.getTaskDefinitionKey(), task.getName(),
                task.getCreateTime().toInstant(), task.getAssignee());
    }
}
