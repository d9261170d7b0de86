package cn.procuratorate.evidence.node.evidence.internal;

import cn.procuratorate.evidence.ledger.model.CanonicalJson;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest of what stays off the ledger about an item: SHA-256 over the canonical JSON
 * {@code {"description":…,"fileName":…,"schemaVersion":1,"title":…}} (keys sorted, absent values
 * left out). The owner can later prove what title and description an item was registered with.
 */
public final class MetadataDigest {

  record OffLedgerMetadata(int schemaVersion, String title, String description, String fileName) {}

  private MetadataDigest() {}

  public static String of(String title, String description, String fileName) {
    byte[] json = CanonicalJson.toBytes(new OffLedgerMetadata(1, title, description, fileName));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
