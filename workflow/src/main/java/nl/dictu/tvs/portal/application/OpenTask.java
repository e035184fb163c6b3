package nl.dictu.tvs.portal.application;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import java.util.Optional;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.ORGANISATION_OIN;

/** An open task with the application it belongs to: its reference and organisation. */
record OpenTask(Task task, String reference, String organisationOin) {

    static Optional<OpenTask> byId(TaskService tasks, RuntimeService runtime, String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult())
                .map(task -> of(runtime, task));
    }

    static Optional<OpenTask> byReferenceAndKey(TaskService tasks, RuntimeService runtime, String reference, String... keys) {
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKeyIn(keys).list().stream()
                .findFirst().map(task -> of(runtime, task));
    }

    private static OpenTask of(RuntimeService runtime, Task task) {
        String reference = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        return new OpenTask(task, reference, (String) runtime.getVariable(task.getProcessInstanceId(), ORGANISATION_OIN));
    }

    String key() {
        return task.getTaskDefinitionKey();
    }

    String id() {
        return task.getId();
    }
}
