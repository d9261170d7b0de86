package cn.procuratorate.evidence.node.evidence;

import static cn.procuratorate.evidence.node.evidence.EvidenceItems.instant;
import static cn.procuratorate.evidence.node.evidence.EvidenceItems.shorten;
import static cn.procuratorate.evidence.node.evidence.EvidenceItems.time;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Copies of other agencies' evidence this node fetched (table {@code received_copy}). */
@Repository
public class ReceivedCopies {

  private final JdbcClient jdbc;

  public ReceivedCopies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(ReceivedCopy copy) {
    jdbc.sql("""
            INSERT INTO received_copy (copy_id, evidence_id, owner_msp, object_key, version_id,
              size_bytes, media_type, sha256, sm3, verified, detail, receipt_status,
              next_attempt_at, received_by, received_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(copy.copyId(), copy.evidenceId(), copy.ownerMsp(), copy.objectKey(),
            copy.versionId(), copy.size(), copy.mediaType(), copy.sha256(), copy.sm3(),
            copy.verified(), copy.detail(), copy.receiptStatus().name(),
            time(copy.nextAttemptAt()), copy.receivedBy(), time(copy.receivedAt()))
        .update();
  }

  public Optional<ReceivedCopy> find(String copyId) {
    return jdbc.sql("SELECT * FROM received_copy WHERE copy_id = ?")
        .param(copyId)
        .query(ReceivedCopies::row)
        .optional();
  }

  /** The newest copy of the item whose hashes matched the ledger: the one that is served. */
  public Optional<ReceivedCopy> latestVerified(String evidenceId) {
    return jdbc.sql("""
            SELECT * FROM received_copy WHERE evidence_id = ? AND verified
            ORDER BY received_at DESC LIMIT 1""")
        .param(evidenceId)
        .query(ReceivedCopies::row)
        .optional();
  }

  public List<ReceivedCopy> ofEvidence(String evidenceId) {
    return jdbc.sql("SELECT * FROM received_copy WHERE evidence_id = ? ORDER BY received_at DESC")
        .param(evidenceId)
        .query(ReceivedCopies::row)
        .list();
  }

  public List<String> dueForReceipt(Instant now, int limit) {
    return jdbc.sql("""
            SELECT copy_id FROM received_copy WHERE receipt_status = 'PENDING'
              AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?""")
        .params(time(now), limit)
        .query(String.class)
        .list();
  }

  public void markRecorded(String copyId, String txId, long block) {
    jdbc.sql("""
            UPDATE received_copy SET receipt_status = 'RECORDED', receipt_tx_id = ?,
              receipt_block = ?, uncertain_tx_id = NULL, next_attempt_at = NULL, last_error = NULL
            WHERE copy_id = ?""")
        .params(txId, block, copyId)
        .update();
  }

  public void markAttemptFailed(String copyId, String error, String uncertainTxId, Instant next) {
    jdbc.sql("""
            UPDATE received_copy SET attempts = attempts + 1, last_error = ?, uncertain_tx_id = ?,
              next_attempt_at = ? WHERE copy_id = ? AND receipt_status = 'PENDING'""")
        .params(shorten(error), uncertainTxId, time(next), copyId)
        .update();
  }

  public void markRefused(String copyId, String error) {
    jdbc.sql("""
            UPDATE received_copy SET receipt_status = 'REFUSED', attempts = attempts + 1,
              last_error = ?, uncertain_tx_id = NULL, next_attempt_at = NULL WHERE copy_id = ?""")
        .params(shorten(error), copyId)
        .update();
  }

  private static ReceivedCopy row(ResultSet rs, int n) throws SQLException {
    return new ReceivedCopy(
        rs.getString("copy_id"),
        rs.getString("evidence_id"),
        rs.getString("owner_msp"),
        rs.getString("object_key"),
        rs.getString("version_id"),
        rs.getLong("size_bytes"),
        rs.getString("media_type"),
        rs.getString("sha256"),
        rs.getString("sm3"),
        rs.getBoolean("verified"),
        rs.getString("detail"),
        ReceiptStatus.valueOf(rs.getString("receipt_status")),
        rs.getString("receipt_tx_id"),
        rs.getObject("receipt_block", Long.class),
        rs.getString("uncertain_tx_id"),
        rs.getInt("attempts"),
        instant(rs, "next_attempt_at"),
        rs.getString("last_error"),
        rs.getString("received_by"),
        instant(rs, "received_at"));
  }
}
