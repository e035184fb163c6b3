-- The claim on the next build of the reviewers' dashboard (usecase.overview.DashboardNode): of the nodes of a cluster,
-- the one that takes the claim (one UPDATE, only while it is free or expired) builds the snapshot of the refresh
-- period, the others adopt what it stores. The one row now always exists, so a build only ever updates it; its
-- dashboard columns stay empty until the first build.
ALTER TABLE dashboard_snapshot ALTER COLUMN built_at DROP NOT NULL;
ALTER TABLE dashboard_snapshot ALTER COLUMN content_json DROP NOT NULL;
ALTER TABLE dashboard_snapshot ADD COLUMN claimed_by VARCHAR(200);
ALTER TABLE dashboard_snapshot ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
INSERT INTO dashboard_snapshot (id) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM dashboard_snapshot WHERE id = 1);
