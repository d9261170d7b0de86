package cn.procuratorate.evidence.node.evidence;

import cn.procuratorate.evidence.ledger.model.LedgerInput;
import cn.procuratorate.evidence.node.ledger.CustodyLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stored bytes that no longer match the ledger are an incident: logged, and recorded on the
 * ledger as a failed VERIFIED custody event so that every member sees it. Recording is best
 * effort: the caller's refusal to serve the bytes does not depend on it.
 */
@Component
public class IntegrityAlarm {

  private static final Logger log = LoggerFactory.getLogger(IntegrityAlarm.class);

  private final CustodyLedger ledger;

  public IntegrityAlarm(CustodyLedger ledger) {
    this.ledger = ledger;
  }

  /** @return the VERIFIED event's transaction id, or {@code null} when it could not be recorded */
  public String raise(String evidenceId, String detail, String user) {
    String text = shareable(detail);
    log.error("INTEGRITY FAILURE of {}: {}", evidenceId, text);
    try {
      return ledger.recordVerification(evidenceId, false, text, user).transactionId();
    } catch (RuntimeException e) {
      log.error("could not record the failed verification of {} on the ledger", evidenceId, e);
      return null;
    }
  }

  static String shareable(String detail) {
    String text = detail == null ? "" : detail.replaceAll("\\p{Cntrl}", " ");
    return text.length() > LedgerInput.MAX_DETAIL_LENGTH
        ? text.substring(0, LedgerInput.MAX_DETAIL_LENGTH)
        : text;
  }
}
