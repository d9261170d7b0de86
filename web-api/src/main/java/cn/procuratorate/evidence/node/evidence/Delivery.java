package cn.procuratorate.evidence.node.evidence;

import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.node.storage.VerifiedContent;
import cn.procuratorate.evidence.store.StoredVersion;
import java.util.List;

/**
 * Verified content on its way to a reader.
 *
 * @param newerVersions versions of the object written after the node's own: never served, reported
 */
public record Delivery(
    String evidenceId,
    VerifiedContent content,
    String fileName,
    Evidence ledgerRecord,
    List<StoredVersion> newerVersions) {}
