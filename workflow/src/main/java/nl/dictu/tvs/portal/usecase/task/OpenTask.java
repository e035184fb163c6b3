package nl.dictu.tvs.portal.usecase.task;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import java.util.Optional;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.ORGANISATION_OIN;

/** An open task with the application it belongs to: its reference and organisation. */
public record OpenTask(Task task, String reference, String organisationOin) {

    public static Optional<OpenTask> byId(TaskService tasks, RuntimeService runtime, String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult())
                .map(task -> of(runtime, task));
    }

    public static Optional<OpenTask> byReferenceAndKey(TaskService tasks, RuntimeService runtime, String reference, String... keys) {
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKeyIn(keys).list().stream()
                .findFirst().map(task -> of(runtime, task));
    }

    private static OpenTask of(RuntimeService runtime, Task task) {
        String reference = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        return new OpenTask(task, reference, (String) runtime.getVariable(task.getProcessInstanceId(), ORGANISATION_OIN));
    }

    public String key() {
        return task.getTaskDefinitionKey();
    }

    public String id() {
        return task.getId();
    }
}
