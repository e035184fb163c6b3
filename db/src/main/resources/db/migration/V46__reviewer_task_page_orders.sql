-- The orders the task list pages in, each column with the null ordering usecase.review.TaskListSql
-- names in its ORDER BY, so that H2 reads a page from an index instead of sorting every open task.
-- H2 weighs an index for an order only when every column and its null ordering match, and its
-- default puts empty values first where PostgreSQL puts them last; named in both places, the two
-- databases read the same order from the same index.
-- * due dates sort with empty ones last;
-- * the group's view and "mine" sort by the assignee first (one value in those views), then by age
--   or due date;
-- * the task id is the tie-breaker of every order.
-- Written for H2 2.x and PostgreSQL 15 alike.
DROP INDEX ix_reviewer_task_created;
DROP INDEX ix_reviewer_task_due;
DROP INDEX ix_reviewer_task_assignee;
CREATE INDEX ix_reviewer_task_created ON reviewer_task (created_at ASC NULLS FIRST, task_id ASC NULLS FIRST);
CREATE INDEX ix_reviewer_task_due ON reviewer_task (due_at ASC NULLS LAST, task_id ASC NULLS FIRST);
CREATE INDEX ix_reviewer_task_assignee
    ON reviewer_task (assignee ASC NULLS FIRST, created_at ASC NULLS FIRST, task_id ASC NULLS FIRST);
CREATE INDEX ix_reviewer_task_assignee_due
    ON reviewer_task (assignee ASC NULLS FIRST, due_at ASC NULLS LAST, task_id ASC NULLS FIRST);
