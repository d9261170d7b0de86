package cn.procuratorate.evidence.node.evidence;

import cn.procuratorate.evidence.node.agency.AgencyNode;
import cn.procuratorate.evidence.node.evidence.internal.FileNames;
import cn.procuratorate.evidence.node.evidence.internal.MetadataDigest;
import cn.procuratorate.evidence.node.evidence.internal.UploadFields;
import cn.procuratorate.evidence.node.ledger.RetrySchedule;
import cn.procuratorate.evidence.node.security.NodeUser;
import cn.procuratorate.evidence.node.storage.EvidenceVault;
import cn.procuratorate.evidence.store.EvidenceStore;
import cn.procuratorate.evidence.store.EvidenceStoreException;
import cn.procuratorate.evidence.store.StoredEvidence;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Takes in an upload: checks its fields, records it as STORING, streams it into the bucket,
 * records it as PENDING with its hashes, and then (unless configured otherwise) tries to anchor
 * it while the client waits. From PENDING on the outbox owns it: it ends up on the ledger.
 */
@Service
public class EvidenceIntake {

  private static final Logger log = LoggerFactory.getLogger(EvidenceIntake.class);

  private final AgencyNode node;
  private final EvidenceItems items;
  private final EvidenceVault vault;
  private final EvidenceAnchoring anchoring;
  private final RetrySchedule schedule;

  public EvidenceIntake(
      AgencyNode node,
      EvidenceItems items,
      EvidenceVault vault,
      EvidenceAnchoring anchoring,
      RetrySchedule schedule) {
    this.node = node;
    this.items = items;
    this.vault = vault;
    this.anchoring = anchoring;
    this.schedule = schedule;
  }

  public AnchoringResult upload(EvidenceUpload upload, InputStream content, NodeUser user) {
    String caseRef = UploadFields.caseRef(upload.caseRef());
    String title = UploadFields.title(upload.title());
    String description = UploadFields.description(upload.description());
    String fileName = FileNames.check(upload.fileName());
    String mediaType = UploadFields.mediaType(upload.declaredMediaType());

    String evidenceId = EvidenceIds.newEvidenceId(node.agency());
    items.insertStoring(
        EvidenceItem.storing(evidenceId, caseRef, title, description, fileName, mediaType,
            user.ledgerId(), EvidenceStore.objectKeyFor(evidenceId),
            MetadataDigest.of(title, description, fileName), schedule.now()));
    StoredEvidence stored;
    try {
      stored = vault.store(evidenceId, content, mediaType);
    } catch (EvidenceStoreException e) {
      items.deleteStoring(evidenceId); // the store left nothing behind: neither do we
      throw e;
    }
    items.markStored(evidenceId, stored, schedule.firstAttempt());
    log.info("stored {} ({} bytes, sha256 {}) for case {} by {}", evidenceId, stored.size(),
        stored.sha256(), caseRef, user.ledgerId());
    if (schedule.anchorWhileClientWaits()) {
      return anchoring.attempt(evidenceId);
    }
    return new AnchoringResult(items.find(evidenceId).orElseThrow(), null);
  }
}
