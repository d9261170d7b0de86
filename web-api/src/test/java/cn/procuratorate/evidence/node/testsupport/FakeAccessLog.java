package cn.procuratorate.evidence.node.testsupport;

import cn.procuratorate.evidence.ledger.model.AccessRecord;
import cn.procuratorate.evidence.node.access.AccessLog;
import java.util.ArrayList;
import java.util.List;

/** Remembers the reads the node queued for the ledger. */
public final class FakeAccessLog implements AccessLog {

  private final List<AccessRecord> reads = new ArrayList<>();

  @Override
  public synchronized void record(String evidenceId, String user, String purpose) {
    reads.add(new AccessRecord(evidenceId, user, purpose));
  }

  public synchronized List<AccessRecord> reads() {
    return List.copyOf(reads);
  }

  public synchronized void reset() {
    reads.clear();
  }
}
