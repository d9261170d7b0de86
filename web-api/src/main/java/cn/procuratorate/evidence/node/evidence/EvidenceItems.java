package cn.procuratorate.evidence.node.evidence;

import cn.procuratorate.evidence.store.StoredEvidence;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The node's records of the items its agency registered (table {@code evidence_item}). */
@Repository
public class EvidenceItems {

  private static final int MAX_ERROR_LENGTH = 1000;

  private final JdbcClient jdbc;

  public EvidenceItems(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insertStoring(EvidenceItem item) {
    jdbc.sql("""
            INSERT INTO evidence_item (evidence_id, case_ref, title, description, file_name,
              media_type, uploader, object_key, metadata_digest, status, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(item.evidenceId(), item.caseRef(), item.title(), item.description(),
            item.fileName(), item.mediaType(), item.uploader(), item.objectKey(),
            item.metadataDigest(), AnchorStatus.STORING.name(), time(item.createdAt()))
        .update();
  }

  /** The bytes are in the bucket: from now on the item must end up on the ledger. */
  public void markStored(String evidenceId, StoredEvidence stored, Instant firstAttempt) {
    jdbc.sql("""
            UPDATE evidence_item SET status = 'PENDING', version_id = ?, size_bytes = ?,
              sha256 = ?, sm3 = ?, media_type = ?, next_attempt_at = ?
            WHERE evidence_id = ? AND status = 'STORING'""")
        .params(stored.versionId(), stored.size(), stored.sha256(), stored.sm3(),
            stored.mediaType(), time(firstAttempt), evidenceId)
        .update();
  }

  /** Only for a write that left nothing in the bucket (the store guarantees that on refusal). */
  public void deleteStoring(String evidenceId) {
    jdbc.sql("DELETE FROM evidence_item WHERE evidence_id = ? AND status = 'STORING'")
        .param(evidenceId)
        .update();
  }

  /** @param blockNumber -1 when not known (it can be looked up again by the transaction id) */
  public void markAnchored(String evidenceId, String txId, long blockNumber, Instant at) {
    jdbc.sql("""
            UPDATE evidence_item SET status = 'ANCHORED', anchor_tx_id = ?, block_number = ?,
              anchored_at = ?, uncertain_tx_id = NULL, next_attempt_at = NULL, last_error = NULL
            WHERE evidence_id = ?""")
        .params(txId, blockNumber < 0 ? null : blockNumber, time(at), evidenceId)
        .update();
  }

  public void markAttemptFailed(String evidenceId, String error, String uncertainTxId, Instant next) {
    jdbc.sql("""
            UPDATE evidence_item SET attempts = attempts + 1, last_error = ?,
              uncertain_tx_id = ?, next_attempt_at = ?
            WHERE evidence_id = ? AND status = 'PENDING'""")
        .params(shorten(error), uncertainTxId, time(next), evidenceId)
        .update();
  }

  public void markRefused(String evidenceId, String error) {
    jdbc.sql("""
            UPDATE evidence_item SET status = 'REFUSED', attempts = attempts + 1, last_error = ?,
              uncertain_tx_id = NULL, next_attempt_at = NULL
            WHERE evidence_id = ?""")
        .params(shorten(error), evidenceId)
        .update();
  }

  public Optional<EvidenceItem> find(String evidenceId) {
    return jdbc.sql("SELECT * FROM evidence_item WHERE evidence_id = ?")
        .param(evidenceId)
        .query(EvidenceItems::row)
        .optional();
  }

  /** Newest first; {@code caseRef} null for all cases. */
  public List<EvidenceItem> list(String caseRef, int limit) {
    return jdbc.sql("""
            SELECT * FROM evidence_item WHERE (CAST(? AS VARCHAR) IS NULL OR case_ref = ?)
            ORDER BY created_at DESC LIMIT ?""")
        .params(caseRef, caseRef, limit)
        .query(EvidenceItems::row)
        .list();
  }

  public List<String> dueForAnchoring(Instant now, int limit) {
    return jdbc.sql("""
            SELECT evidence_id FROM evidence_item WHERE status = 'PENDING' AND next_attempt_at <= ?
            ORDER BY next_attempt_at LIMIT ?""")
        .params(time(now), limit)
        .query(String.class)
        .list();
  }

  public List<EvidenceItem> storing() {
    return jdbc.sql("SELECT * FROM evidence_item WHERE status = 'STORING'")
        .query(EvidenceItems::row)
        .list();
  }

  /** After a restart, pending items are tried at once rather than after their last backoff. */
  public int resumePending(Instant now) {
    return jdbc.sql("UPDATE evidence_item SET next_attempt_at = ? WHERE status = 'PENDING'")
        .param(time(now))
        .update();
  }

  public Map<AnchorStatus, Long> countByStatus() {
    Map<AnchorStatus, Long> counts = new TreeMap<>();
    jdbc.sql("SELECT status, COUNT(*) AS n FROM evidence_item GROUP BY status")
        .query(rs -> {
          counts.put(AnchorStatus.valueOf(rs.getString("status")), rs.getLong("n"));
        });
    return counts;
  }

  static OffsetDateTime time(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static String shorten(String error) {
    if (error == null || error.length() <= MAX_ERROR_LENGTH) {
      return error;
    }
    return error.substring(0, MAX_ERROR_LENGTH) + "…";
  }

  private static EvidenceItem row(ResultSet rs, int n) throws SQLException {
    return new EvidenceItem(
        rs.getString("evidence_id"),
        rs.getString("case_ref"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getString("file_name"),
        rs.getString("media_type"),
        rs.getString("uploader"),
        rs.getString("object_key"),
        rs.getString("version_id"),
        rs.getObject("size_bytes", Long.class),
        rs.getString("sha256"),
        rs.getString("sm3"),
        rs.getString("metadata_digest"),
        AnchorStatus.valueOf(rs.getString("status")),
        rs.getString("anchor_tx_id"),
        rs.getObject("block_number", Long.class),
        rs.getString("uncertain_tx_id"),
        rs.getInt("attempts"),
        instant(rs, "next_attempt_at"),
        rs.getString("last_error"),
        instant(rs, "created_at"),
        instant(rs, "anchored_at"));
  }
}
