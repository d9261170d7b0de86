package cn.procuratorate.evidence.node.storage;

import cn.procuratorate.evidence.store.EvidenceStoreSettings;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code evidence.upload.*}: what the node accepts. Unset values keep the evidence store's
 * defaults (4 GiB, the usual evidence formats, 8 MiB parts, 4 uploads at once).
 */
@ConfigurationProperties("evidence.upload")
public record UploadSettings(
    DataSize maxSize,
    Set<String> allowedMediaTypes,
    DataSize partSize,
    Integer concurrentUploads,
    Duration slotWait) {

  public EvidenceStoreSettings toStoreSettings() {
    EvidenceStoreSettings settings = EvidenceStoreSettings.defaults();
    if (partSize != null) {
      settings = settings.withPartSizeBytes(partSize.toBytes());
    }
    if (maxSize != null) {
      settings = settings.withMaxContentBytes(maxSize.toBytes());
    }
    if (allowedMediaTypes != null && !allowedMediaTypes.isEmpty()) {
      settings = settings.withAllowedMediaTypes(allowedMediaTypes);
    }
    if (concurrentUploads != null || slotWait != null) {
      settings =
          settings.withConcurrentUploads(
              concurrentUploads == null ? settings.maxConcurrentUploads() : concurrentUploads,
              slotWait == null ? settings.uploadSlotWait() : slotWait);
    }
    return settings;
  }
}
