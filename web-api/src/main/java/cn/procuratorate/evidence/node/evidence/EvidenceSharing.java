package cn.procuratorate.evidence.node.evidence;

import cn.procuratorate.evidence.ledger.client.Committed;
import cn.procuratorate.evidence.ledger.model.AccessGrant;
import cn.procuratorate.evidence.node.agency.ConsortiumMember;
import cn.procuratorate.evidence.node.agency.ConsortiumMembers;
import cn.procuratorate.evidence.node.ledger.CustodyLedger;
import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Grants and revokes other agencies' access to this agency's evidence on the ledger. The node
 * checks what it can (a known agency, an item it owns and has anchored) so that a bad request is
 * refused before it costs a transaction; the chaincode checks the same again.
 */
@Service
public class EvidenceSharing {

  private static final Logger log = LoggerFactory.getLogger(EvidenceSharing.class);

  private final EvidenceItems items;
  private final CustodyLedger ledger;
  private final ConsortiumMembers members;

  public EvidenceSharing(EvidenceItems items, CustodyLedger ledger, ConsortiumMembers members) {
    this.items = items;
    this.ledger = ledger;
    this.members = members;
  }

  public Committed<AccessGrant> grant(String evidenceId, String agency, String userLedgerId) {
    requireOwnAnchored(evidenceId);
    String grantee = granteeOf(agency);
    Committed<AccessGrant> granted = ledger.grant(evidenceId, grantee);
    log.info("{} granted {} access to {} (tx {})", userLedgerId, grantee, evidenceId,
        granted.transactionId());
    return granted;
  }

  public Committed<AccessGrant> revoke(String evidenceId, String agency, String userLedgerId) {
    requireOwnAnchored(evidenceId);
    String grantee = granteeOf(agency);
    Committed<AccessGrant> revoked = ledger.revoke(evidenceId, grantee);
    log.info("{} revoked {}'s access to {} (tx {})", userLedgerId, grantee, evidenceId,
        revoked.transactionId());
    return revoked;
  }

  private String granteeOf(String agency) {
    ConsortiumMember member =
        members.resolve(agency)
            .orElseThrow(() -> new EvidenceProblem(ProblemKind.UNKNOWN_AGENCY,
                "no member agency is named " + printable(agency)
                    + "; use a short name or MSP id from the consortium"));
    if (member.mspId().equals(ledger.mspId())) {
      throw new EvidenceProblem(ProblemKind.UNKNOWN_AGENCY,
          "the owner agency always has access to its own evidence; name another agency");
    }
    return member.mspId();
  }

  private void requireOwnAnchored(String evidenceId) {
    EvidenceIds.requireValid(evidenceId);
    Optional<EvidenceItem> item = items.find(evidenceId);
    if (item.isEmpty()) {
      boolean someoneElses = ledger.find(evidenceId).isPresent();
      throw someoneElses
          ? new EvidenceProblem(ProblemKind.NOT_OWNER,
              "evidence " + evidenceId + " belongs to another agency: only its owner shares it")
          : new EvidenceProblem(ProblemKind.EVIDENCE_NOT_FOUND, "no evidence " + evidenceId);
    }
    if (item.get().status() != AnchorStatus.ANCHORED) {
      throw new EvidenceProblem(ProblemKind.NOT_ANCHORED,
          "evidence " + evidenceId + " is " + item.get().status() + "; share it once it is anchored")
          .with("anchorStatus", item.get().status().name());
    }
  }

  private static String printable(String text) {
    if (text == null) {
      return "(none)";
    }
    String shortened = text.length() > 64 ? text.substring(0, 64) + "…" : text;
    return "'" + shortened.replaceAll("\\p{Cntrl}", "?") + "'";
  }
}
