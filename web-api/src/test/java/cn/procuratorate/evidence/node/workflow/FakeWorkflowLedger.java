package cn.procuratorate.evidence.node.workflow;

import cn.procuratorate.evidence.workflow.lead.LeadLedger;
import cn.procuratorate.evidence.workflow.supervision.IssuedSupervision;
import cn.procuratorate.evidence.workflow.supervision.SupervisionLedger;
import cn.procuratorate.evidence.workflow.supervision.SupervisionToIssue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The lead and supervision ports as a recorder: each call is kept as one line ("acceptLead
 * lead-1 reason=ok by=prosecutor") and answered with a fresh transaction id. The reply deadline
 * of an issue is the clock's now plus the period, as on the ledger (days and hours only).
 */
public final class FakeWorkflowLedger implements LeadLedger, SupervisionLedger {

  private final List<String> calls = new ArrayList<>();
  private final AtomicInteger tx = new AtomicInteger();
  private final Clock clock;

  public FakeWorkflowLedger(Clock clock) {
    this.clock = clock;
  }

  public synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  public synchronized void reset() {
    calls.clear();
    tx.set(0);
  }

  private synchronized String record(String call) {
    calls.add(call);
    return "tx-" + tx.incrementAndGet();
  }

  @Override
  public String submitLead(String leadId, String receiverMsp, List<String> evidenceIds, String summaryDigest,
      String submittedBy) {
    return record("submitLead " + leadId + " to=" + receiverMsp + " evidence=" + evidenceIds + " by=" + submittedBy);
  }

  @Override
  public String acceptLead(String leadId, String reason, String decidedBy) {
    return record("acceptLead " + leadId + " reason=" + reason + " by=" + decidedBy);
  }

  @Override
  public String rejectLead(String leadId, String reason, String decidedBy) {
    return record("rejectLead " + leadId + " reason=" + reason + " by=" + decidedBy);
  }

  @Override
  public String recordLeadOutcome(String leadId, String outcome, String recordedBy) {
    return record("recordLeadOutcome " + leadId + " outcome=" + outcome + " by=" + recordedBy);
  }

  @Override
  public IssuedSupervision issue(SupervisionToIssue s) {
    String txId = record("issue " + s.supervisionId() + " to=" + s.targetMsp() + " kind=" + s.kind()
        + " within=" + s.replyWithin() + " by=" + s.issuedBy());
    return new IssuedSupervision(txId, Instant.now(clock).plus(Duration.parse(s.replyWithin())));
  }

  @Override
  public String respond(String supervisionId, String responseDigest, String answeredBy, String approvedBy) {
    return record("respond " + supervisionId + " by=" + answeredBy + " approved=" + approvedBy);
  }

  @Override
  public String markOverdue(String supervisionId) {
    return record("markOverdue " + supervisionId);
  }

  @Override
  public String evaluate(String supervisionId, boolean satisfied, String note, String evaluatedBy) {
    return record("evaluate " + supervisionId + " satisfied=" + satisfied + " by=" + evaluatedBy);
  }

  @Override
  public String close(String supervisionId, String closedBy) {
    return record("close " + supervisionId + " by=" + closedBy);
  }

  @Override
  public String escalate(String supervisionId, String reason, String escalatedBy) {
    return record("escalate " + supervisionId + " by=" + escalatedBy);
  }
}
