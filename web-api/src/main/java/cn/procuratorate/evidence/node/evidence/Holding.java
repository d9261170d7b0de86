package cn.procuratorate.evidence.node.evidence;

/**
 * The stored bytes this node holds for an evidence item: its own upload, or a verified copy it
 * received from the owner.
 *
 * @param item set when the node's agency owns the item
 * @param copy set when the node holds a received copy
 */
public record Holding(EvidenceItem item, ReceivedCopy copy) {

  public boolean owned() {
    return item != null;
  }

  public String objectKey() {
    return owned() ? item.objectKey() : copy.objectKey();
  }

  public String versionId() {
    return owned() ? item.versionId() : copy.versionId();
  }

  /** The uploader's file name, known only to the owner's node. */
  public String fileName() {
    return owned() ? item.fileName() : null;
  }
}
