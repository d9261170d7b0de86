package cn.procuratorate.evidence.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.store.digest.EvidenceDigests;
import cn.procuratorate.evidence.store.testsupport.BucketContents;
import cn.procuratorate.evidence.store.testsupport.GeneratedContent;
import cn.procuratorate.evidence.store.testsupport.IndependentDigests;
import cn.procuratorate.evidence.store.testsupport.ItEnvironment;
import io.minio.MinioAsyncClient;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Uploads of various sizes land in the bucket with digests computed independently of our code. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceUploadIT {

  private static final long MiB = 1L << 20;

  private ItEnvironment environment;
  private EvidenceStore store;
  private MinioAsyncClient sdk;

  @BeforeAll
  void connect() {
    environment = ItEnvironment.requireConfigured();
    store = EvidenceStore.connect(environment.agency(), EvidenceStoreSettings.defaults());
    sdk = environment.agencyClient();
  }

  @AfterAll
  void close() throws Exception {
    if (store != null) {
      store.close();
      sdk.close();
    }
  }

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(
      longs = {
        1, 14, MiB + 1,
        8 * MiB, // exactly one part
        8 * MiB + 1, // one byte into a second part
        20 * MiB + 5,
        100 * MiB + 123
      })
  void storesWithTheDigestsTheJdkAndBouncyCastleComputeAndReadsTheSameBytesBack(long size)
      throws Exception {
    long seed = size * 31 + 7;
    EvidenceDigests independent = IndependentDigests.ofGenerated(seed, size);

    StoredEvidence stored =
        store.store(ItIds.next("upload"), GeneratedContent.of(seed, size), "application/pdf");

    assertThat(stored.digests()).isEqualTo(independent);
    assertThat(stored.size()).isEqualTo(size);
    StatObjectResponse stat =
        sdk.statObject(
                StatObjectArgs.builder()
                    .bucket(environment.agency().bucket())
                    .object(stored.objectKey())
                    .versionId(stored.versionId())
                    .build())
            .get();
    assertThat(stat.size()).isEqualTo(size);
    assertThat(stat.contentType()).isEqualTo("application/pdf");
    assertThat(new BucketContents(sdk, environment.agency().bucket()).versionsUnder(stored.objectKey()))
        .containsExactly(stored.objectKey() + "@" + stored.versionId());
    assertThat(readVerifiedAndHashIndependently(stored)).isEqualTo(independent);
  }

  private EvidenceDigests readVerifiedAndHashIndependently(StoredEvidence stored) throws IOException {
    try (VerifiedEvidenceStream in =
        store.openVerified(stored.objectKey(), stored.versionId(), stored.sha256(), stored.sm3())) {
      return IndependentDigests.of(in);
    }
  }
}
