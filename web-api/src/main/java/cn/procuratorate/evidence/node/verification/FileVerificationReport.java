package cn.procuratorate.evidence.node.verification;

import cn.procuratorate.evidence.ledger.model.CustodyEvent;
import cn.procuratorate.evidence.ledger.model.Evidence;
import java.util.List;

/**
 * Which ledger items have the bytes of a file a user brought.
 *
 * @param verdict {@code REGISTERED}: every item found has both hashes and the size;
 *     {@code NOT_REGISTERED}: no item has either hash; {@code INCONSISTENT}: an item matches one
 *     hash but not the other, or not the size (a forged registration or a broken hash)
 */
public record FileVerificationReport(
    String sha256, String sm3, long size, FileVerdict verdict, List<Match> matches) {

  public enum FileVerdict {
    REGISTERED,
    NOT_REGISTERED,
    INCONSISTENT
  }

  public record Match(
      Evidence evidence,
      boolean sha256Matches,
      boolean sm3Matches,
      boolean sizeMatches,
      List<CustodyEvent> timeline) {

    public boolean complete() {
      return sha256Matches && sm3Matches && sizeMatches;
    }
  }
}
