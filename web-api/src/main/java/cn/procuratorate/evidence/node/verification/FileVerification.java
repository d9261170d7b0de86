package cn.procuratorate.evidence.node.verification;

import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.node.ledger.CustodyLedger;
import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import cn.procuratorate.evidence.node.storage.UploadSettings;
import cn.procuratorate.evidence.node.verification.FileVerificationReport.FileVerdict;
import cn.procuratorate.evidence.node.verification.FileVerificationReport.Match;
import cn.procuratorate.evidence.store.digest.DualDigestInputStream;
import cn.procuratorate.evidence.store.digest.EvidenceDigests;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Hashes a file a user brings (streamed, nothing stored) and looks both digests up on the ledger.
 * Any item of any agency is found: the hashes, owners and custody events are on the channel for
 * every member to see.
 */
@Service
public class FileVerification {

  private static final int BUFFER = 64 * 1024;

  private final CustodyLedger ledger;
  private final long maxBytes;

  public FileVerification(CustodyLedger ledger, UploadSettings upload) {
    this.ledger = ledger;
    this.maxBytes = upload.toStoreSettings().maxContentBytes();
  }

  public FileVerificationReport verify(InputStream content) throws IOException {
    EvidenceDigests digests;
    long size;
    try (DualDigestInputStream hashing = DualDigestInputStream.leavingSourceOpen(content)) {
      byte[] buffer = new byte[BUFFER];
      while (hashing.read(buffer) >= 0) {
        if (hashing.bytesRead() > maxBytes) {
          throw new EvidenceProblem(ProblemKind.CONTENT_TOO_LARGE,
              "the file exceeds the node's limit of " + maxBytes + " bytes");
        }
      }
      digests = hashing.digests();
      size = hashing.bytesRead();
    }
    if (size == 0) {
      throw new EvidenceProblem(ProblemKind.EMPTY_CONTENT, "the file is empty");
    }
    Map<String, Evidence> found = new LinkedHashMap<>();
    ledger.findBySha256(digests.sha256()).forEach(e -> found.put(e.evidenceId(), e));
    ledger.findBySm3(digests.sm3()).forEach(e -> found.putIfAbsent(e.evidenceId(), e));
    List<Match> matches = found.values().stream()
        .map(e -> new Match(e, e.sha256().equals(digests.sha256()), e.sm3().equals(digests.sm3()),
            e.size() == size, ledger.timeline(e.evidenceId())))
        .toList();
    FileVerdict verdict = matches.isEmpty() ? FileVerdict.NOT_REGISTERED
        : matches.stream().allMatch(Match::complete) ? FileVerdict.REGISTERED
        : FileVerdict.INCONSISTENT;
    return new FileVerificationReport(digests.sha256(), digests.sm3(), size, verdict, matches);
  }
}
