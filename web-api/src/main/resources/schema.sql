-- The node's own database (H2 file per node). Statements are idempotent: run at every start.

-- Evidence this agency registered. A row exists from before the first byte is stored (STORING)
-- until, and after, the item is anchored: a crash at any point leaves a row to resume from.
CREATE TABLE IF NOT EXISTS evidence_item (
  evidence_id      VARCHAR(64)   PRIMARY KEY,
  case_ref         VARCHAR(64)   NOT NULL,
  title            VARCHAR(512),
  description      VARCHAR(4000),
  file_name        VARCHAR(255),
  media_type       VARCHAR(127)  NOT NULL,
  uploader         VARCHAR(64)   NOT NULL,
  object_key       VARCHAR(200)  NOT NULL,
  version_id       VARCHAR(1024),
  size_bytes       BIGINT,
  sha256           CHAR(64),
  sm3              CHAR(64),
  metadata_digest  CHAR(64)      NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  anchor_tx_id     VARCHAR(128),
  block_number     BIGINT,
  uncertain_tx_id  VARCHAR(128),
  attempts         INT           DEFAULT 0 NOT NULL,
  next_attempt_at  TIMESTAMP WITH TIME ZONE,
  last_error       VARCHAR(1024),
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  anchored_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX IF NOT EXISTS evidence_item_status ON evidence_item (status, next_attempt_at);
CREATE INDEX IF NOT EXISTS evidence_item_case ON evidence_item (case_ref);

-- Copies of other agencies' evidence fetched over the exchange, each under its own object key.
-- Only verified copies are ever served; the RECEIVED record is retried like anchoring.
CREATE TABLE IF NOT EXISTS received_copy (
  copy_id          VARCHAR(64)   PRIMARY KEY,
  evidence_id      VARCHAR(64)   NOT NULL,
  owner_msp        VARCHAR(64)   NOT NULL,
  object_key       VARCHAR(200)  NOT NULL,
  version_id       VARCHAR(1024),
  size_bytes       BIGINT        NOT NULL,
  media_type       VARCHAR(127)  NOT NULL,
  sha256           CHAR(64)      NOT NULL,
  sm3              CHAR(64)      NOT NULL,
  verified         BOOLEAN       NOT NULL,
  detail           VARCHAR(1024) NOT NULL,
  receipt_status   VARCHAR(16)   NOT NULL,
  receipt_tx_id    VARCHAR(128),
  receipt_block    BIGINT,
  uncertain_tx_id  VARCHAR(128),
  attempts         INT           DEFAULT 0 NOT NULL,
  next_attempt_at  TIMESTAMP WITH TIME ZONE,
  last_error       VARCHAR(1024),
  received_by      VARCHAR(64)   NOT NULL,
  received_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS received_copy_evidence ON received_copy (evidence_id, received_at);
CREATE INDEX IF NOT EXISTS received_copy_receipt ON received_copy (receipt_status, next_attempt_at);

-- Reads waiting to go on the ledger as ACCESSED records, in batches.
CREATE TABLE IF NOT EXISTS pending_access (
  id               BIGINT        AUTO_INCREMENT PRIMARY KEY,
  evidence_id      VARCHAR(64)   NOT NULL,
  user_id          VARCHAR(64)   NOT NULL,
  purpose          VARCHAR(256)  NOT NULL,
  read_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
