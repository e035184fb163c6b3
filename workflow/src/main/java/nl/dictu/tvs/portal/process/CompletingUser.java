package nl.dictu.tvs.portal.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who completes a task: the user the portal authenticated on the engine's identity service for this
 * call. The task's assignee is deliberately not used: anyone with task access can set it, while the
 * authentication comes from the signed-in session.
 */
final class CompletingUser {

    private CompletingUser() {
    }

    static String of(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null || authentication.getUserId().isBlank()) {
            throw new FourEyesViolationException("Task " + task.getTaskDefinitionKey() + " of application "
                    + task.getExecution().getProcessBusinessKey()
                    + " can only be completed by an authenticated reviewer, so that the four-eyes rule can be checked");
        }
        return authentication.getUserId();
    }
}
