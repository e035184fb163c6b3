-- The reviewers' dashboard as of its last background build (usecase.overview.DashboardSnapshot), one row. A node
-- that starts serves it at once, with its "as of" time, instead of making the first reviewers wait for a build.
CREATE TABLE dashboard_snapshot (
    id           INTEGER PRIMARY KEY,
    built_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    content_json VARCHAR(100000) NOT NULL
);
