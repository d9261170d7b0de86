package cn.procuratorate.evidence.node.workflow;

import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.node.agency.AgencyNode;
import cn.procuratorate.evidence.node.agency.ConsortiumMember;
import cn.procuratorate.evidence.node.agency.ConsortiumMembers;
import cn.procuratorate.evidence.node.evidence.EvidenceIds;
import cn.procuratorate.evidence.node.ledger.CustodyLedger;
import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks what a user hands to another agency before a process starts, so that a request the
 * ledger would refuse later (in a background job, as an incident) is refused now with a clear
 * error and nothing started: the other agency must be a member and not this one, and every
 * evidence item must be on the ledger and this agency's or the other agency's.
 */
@Component
public class HandOffInput {

  private final ConsortiumMembers members;
  private final CustodyLedger ledger;
  private final AgencyNode node;

  public HandOffInput(ConsortiumMembers members, CustodyLedger ledger, AgencyNode node) {
    this.members = members;
    this.ledger = ledger;
    this.node = node;
  }

  /** The member named by short name or MSP id, which must be another agency than this node's. */
  public ConsortiumMember otherAgency(String nameOrMspId) {
    ConsortiumMember member = members.resolve(nameOrMspId).orElseThrow(() -> new EvidenceProblem(
        ProblemKind.UNKNOWN_AGENCY, "no member agency is named '" + shown(nameOrMspId) + "'"));
    if (member.mspId().equals(node.mspId())) {
      throw new EvidenceProblem(ProblemKind.INVALID_FIELD,
          "a hand-off goes to another agency, not to " + node.agency() + " itself");
    }
    return member;
  }

  /** The ids as given, each valid, distinct, on the ledger and owned by this agency or the other. */
  public List<String> evidence(List<String> evidenceIds, ConsortiumMember other) {
    List<String> ids = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      EvidenceIds.requireValid(id);
      if (!seen.add(id)) {
        throw new EvidenceProblem(ProblemKind.INVALID_FIELD, "evidence " + id + " is listed twice");
      }
      Evidence registered = ledger.find(id).orElseThrow(() -> new EvidenceProblem(
          ProblemKind.EVIDENCE_NOT_FOUND, "no evidence " + id + " on the ledger").with("evidenceId", id));
      if (!registered.ownerMsp().equals(node.mspId()) && !registered.ownerMsp().equals(other.mspId())) {
        throw new EvidenceProblem(ProblemKind.NOT_OWNER, "evidence " + id + " belongs to "
            + registered.ownerMsp() + "; only this agency's or " + other.mspId() + "'s items can be handed over")
            .with("evidenceId", id);
      }
    }
    return ids;
  }

  /** SHA-256 hex of a text that stays in this node (the ledger carries the digest only); "" for none. */
  public static String digestOf(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String shown(String text) {
    if (text == null) {
      return "";
    }
    String shortened = text.length() > 64 ? text.substring(0, 64) + "…" : text;
    return shortened.replaceAll("\\p{Cntrl}", "?");
  }
}
