package cn.procuratorate.evidence.node.exchange;

import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.node.agency.ConsortiumMember;
import cn.procuratorate.evidence.node.agency.ConsortiumMembers;
import cn.procuratorate.evidence.node.evidence.EvidenceHoldings;
import cn.procuratorate.evidence.node.evidence.EvidenceIds;
import cn.procuratorate.evidence.node.evidence.ReceiptStatus;
import cn.procuratorate.evidence.node.evidence.ReceivedCopies;
import cn.procuratorate.evidence.node.evidence.ReceivedCopy;
import cn.procuratorate.evidence.node.ledger.CustodyLedger;
import cn.procuratorate.evidence.node.ledger.RetrySchedule;
import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import cn.procuratorate.evidence.node.storage.EvidenceVault;
import cn.procuratorate.evidence.store.EvidenceRefusedException;
import cn.procuratorate.evidence.store.EvidenceStoreException.Reason;
import cn.procuratorate.evidence.store.StoredEvidence;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Service;

/**
 * Fetches another agency's evidence from its owner's node and keeps a copy: the ledger decides
 * who the owner is and whether this agency may have it (checked before the owner is contacted),
 * the bytes are hashed while they are stored, and the verdict goes on the ledger as RECEIVED. The
 * owner's word about the content counts for nothing: only the ledger's hashes do.
 */
@Service
public class EvidenceFetching {

  private final CustodyLedger ledger;
  private final EvidenceHoldings holdings;
  private final ConsortiumMembers members;
  private final OwnerNodes owners;
  private final EvidenceVault vault;
  private final ReceivedCopies copies;
  private final ReceiptRecording receipts;
  private final RetrySchedule schedule;

  public EvidenceFetching(CustodyLedger ledger, EvidenceHoldings holdings, ConsortiumMembers members,
      OwnerNodes owners, EvidenceVault vault, ReceivedCopies copies, ReceiptRecording receipts,
      RetrySchedule schedule) {
    this.ledger = ledger;
    this.holdings = holdings;
    this.members = members;
    this.owners = owners;
    this.vault = vault;
    this.copies = copies;
    this.receipts = receipts;
    this.schedule = schedule;
  }

  public ReceivedCopy fetch(String evidenceId, String expectedOwner, String userLedgerId) {
    EvidenceIds.requireValid(evidenceId);
    Evidence registered = holdings.ledgerRecord(evidenceId);
    ConsortiumMember owner = ownerOf(registered, expectedOwner);
    holdings.requireGrant(evidenceId); // before the owner is asked: nothing happens without a grant
    String copyId = EvidenceIds.newCopyId();
    StoredEvidence stored = receive(owner, registered, copyId);
    boolean verified = stored.sha256().equals(registered.sha256())
        && stored.sm3().equals(registered.sm3())
        && stored.size() == registered.size();
    copies.insert(new ReceivedCopy(copyId, evidenceId, owner.mspId(), stored.objectKey(),
        stored.versionId(), stored.size(), stored.mediaType(), stored.sha256(), stored.sm3(),
        verified, verdict(stored, registered), ReceiptStatus.PENDING, null, null, null, 0,
        schedule.now(), null, userLedgerId, schedule.now()));
    return receipts.attempt(copyId);
  }

  private ConsortiumMember ownerOf(Evidence registered, String expectedOwner) {
    if (registered.ownerMsp().equals(ledger.mspId())) {
      throw new EvidenceProblem(ProblemKind.OWN_EVIDENCE,
          "evidence " + registered.evidenceId() + " is this agency's own: there is nothing to fetch");
    }
    if (expectedOwner != null && !expectedOwner.isBlank()) {
      ConsortiumMember named = members.resolve(expectedOwner)
          .orElseThrow(() -> new EvidenceProblem(ProblemKind.UNKNOWN_AGENCY,
              "no member agency is named '" + shorten(expectedOwner) + "'"));
      if (!named.mspId().equals(registered.ownerMsp())) {
        throw new EvidenceProblem(ProblemKind.INVALID_FIELD,
            "evidence " + registered.evidenceId() + " is owned by " + registered.ownerMsp()
                + ", not " + named.mspId());
      }
    }
    return members.byMspId(registered.ownerMsp())
        .orElseThrow(() -> new EvidenceProblem(ProblemKind.UNKNOWN_AGENCY,
            "the owner " + registered.ownerMsp() + " has no connection profile at this node"));
  }

  private StoredEvidence receive(ConsortiumMember owner, Evidence registered, String copyId) {
    try (InputStream body = owners.open(owner, registered.evidenceId())) {
      return vault.store(copyId, body, registered.mediaType());
    } catch (EvidenceRefusedException e) {
      if (e.reason() == Reason.CONTENT_UNREADABLE || e.reason() == Reason.EMPTY_CONTENT) {
        throw new EvidenceProblem(ProblemKind.OWNER_NODE_REFUSED,
            "the transfer from " + owner.mspId() + " broke off; nothing was kept", e);
      }
      throw e;
    } catch (IOException e) {
      throw new EvidenceProblem(ProblemKind.OWNER_NODE_UNREACHABLE,
          "the transfer from " + owner.mspId() + " failed: " + e.getMessage(), e);
    }
  }

  private static String verdict(StoredEvidence stored, Evidence registered) {
    if (stored.sha256().equals(registered.sha256()) && stored.sm3().equals(registered.sm3())
        && stored.size() == registered.size()) {
      return "SHA-256 and SM3 of the " + stored.size() + " bytes received match the ledger";
    }
    StringBuilder why = new StringBuilder("received bytes do not match the ledger:");
    if (!stored.sha256().equals(registered.sha256())) {
      why.append(" SHA-256 differs;");
    }
    if (!stored.sm3().equals(registered.sm3())) {
      why.append(" SM3 differs;");
    }
    if (stored.size() != registered.size()) {
      why.append(" size ").append(stored.size()).append(" instead of ").append(registered.size()).append(';');
    }
    return why.substring(0, why.length() - 1);
  }

  private static String shorten(String text) {
    String shown = text.length() > 64 ? text.substring(0, 64) + "…" : text;
    return shown.replaceAll("\\p{Cntrl}", "?");
  }
}
