package cn.procuratorate.evidence.node.storage.internal;

import cn.procuratorate.evidence.ledger.profile.ConnectionProfile;
import cn.procuratorate.evidence.node.agency.AgencyNode;
import cn.procuratorate.evidence.node.storage.EvidenceVault;
import cn.procuratorate.evidence.node.storage.UploadSettings;
import cn.procuratorate.evidence.store.EvidenceBucket;
import cn.procuratorate.evidence.store.EvidenceStore;
import cn.procuratorate.evidence.store.EvidenceStoreSettings;
import cn.procuratorate.evidence.store.S3Location;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The agency's bucket with the node's own credentials from the profile's {@code s3} section. */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

  @Bean
  S3Location evidenceBucketLocation(AgencyNode node) {
    ConnectionProfile.S3 s3 = node.profile().requireS3();
    return new S3Location(
        s3.endpoint().toString(), s3.region(), s3.bucket(), s3.accessKey(), s3.secretKey());
  }

  @Bean(destroyMethod = "close")
  EvidenceStore evidenceStore(S3Location location, UploadSettings upload) {
    EvidenceStoreSettings settings =
        upload == null ? EvidenceStoreSettings.defaults() : upload.toStoreSettings();
    return EvidenceStore.connect(location, settings);
  }

  @Bean(destroyMethod = "close")
  EvidenceBucket evidenceBucket(S3Location location) {
    return EvidenceBucket.connect(location);
  }

  @Bean
  EvidenceVault evidenceVault(EvidenceStore store) {
    return new BucketEvidenceVault(store);
  }
}
