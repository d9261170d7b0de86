package cn.procuratorate.evidence.node.workflow;

import cn.procuratorate.evidence.ledger.client.LedgerException;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import cn.procuratorate.evidence.node.ledger.LedgerUnavailableException;
import java.util.function.Supplier;

/**
 * Ledger reads the API makes for leads and supervisions, with the client's per-stage failures
 * reduced to the two the node's problem handling knows: a refusal by a ledger rule, or a ledger
 * that did not answer (503, try again).
 */
public final class LedgerReads {

  private LedgerReads() {}

  public static <T> T read(Supplier<T> call) {
    try {
      return call.get();
    } catch (LedgerException e) {
      if (e.refusal().isPresent()) {
        LedgerRefusal refused = new LedgerRefusal(e.refusal().get().code(), e.refusal().get().detail());
        refused.initCause(e);
        throw refused;
      }
      throw new LedgerUnavailableException(e.getMessage(), e.transactionId(), e.outcomeUncertain(), e);
    }
  }
}
