-- The reviewers' task list as a table of our own: one row per open reviewer task, written by the
-- process engine's task listeners in the same transaction as the task itself
-- (process.ReviewerTaskReadModel) and reconciled with the engine's tasks at every start. The task
-- list pages through it by index instead of joining the engine's tasks, executions and our
-- applications for every page.
-- Written for H2 2.x and PostgreSQL 15 alike. The times are the engine's own (TIMESTAMP without a
-- zone, in the server's zone), as in ACT_RU_TASK.
CREATE TABLE reviewer_task (
    task_id         VARCHAR(64)  NOT NULL PRIMARY KEY,
    reference       VARCHAR(20)  NOT NULL,
    organisation_id BIGINT       NOT NULL,
    task_key        VARCHAR(255) NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    due_at          TIMESTAMP(6),
    assignee        VARCHAR(255)
);

-- Every view pages in one of these orders; the unique task id is the tie-breaker.
CREATE INDEX ix_reviewer_task_created ON reviewer_task (created_at, task_id);
CREATE INDEX ix_reviewer_task_due ON reviewer_task (due_at, task_id);
CREATE INDEX ix_reviewer_task_assignee ON reviewer_task (assignee, created_at, task_id);
CREATE INDEX ix_reviewer_task_reference ON reviewer_task (reference);
CREATE INDEX ix_reviewer_task_organisation ON reviewer_task (organisation_id);
