package nl.dictu.tvs.portal.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.util.List;

/** Runs an instance's asynchronous continuations as the job executor would, for engines that have it off. */
final class AsyncContinuations {

    private AsyncContinuations() {
    }

    /** Runs the instance's message jobs until none are left (timers wait); fails when they do not stop. */
    static void run(ProcessEngine engine, ProcessInstance instance) {
        for (int step = 0; step < 20; step++) {
            List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                    .messages().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new AssertionError("Asynchronous continuations do not stop");
    }
}
