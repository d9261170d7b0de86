-- The workflow's own table in the node's database (the engine's ACT_* tables are Camunda's).
-- Statements are idempotent: run at every start.

-- Reminders and escalations the processes sent to this node's users (GET /api/notices).
CREATE TABLE IF NOT EXISTS workflow_notice (
  id               BIGINT        AUTO_INCREMENT PRIMARY KEY,
  notice_kind      VARCHAR(16)   NOT NULL,
  process_key      VARCHAR(64)   NOT NULL,
  business_key     VARCHAR(64)   NOT NULL,
  topic            VARCHAR(64)   NOT NULL,
  to_user          VARCHAR(64),
  to_role          VARCHAR(64),
  due_at           TIMESTAMP WITH TIME ZONE,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS workflow_notice_user ON workflow_notice (to_user);
CREATE INDEX IF NOT EXISTS workflow_notice_role ON workflow_notice (to_role);
CREATE INDEX IF NOT EXISTS workflow_notice_business_key ON workflow_notice (business_key);
