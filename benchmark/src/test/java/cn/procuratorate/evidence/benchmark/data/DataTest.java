package cn.procuratorate.evidence.benchmark.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DataTest {

    @Test
    void pseudoRandomBytesAreDeterministicPerSeedAndDifferAcrossSeeds() throws Exception {
        byte[] a = PseudoRandomBytes.bytes(1, 100_000);
        assertThat(PseudoRandomBytes.bytes(1, 100_000)).isEqualTo(a);
        assertThat(PseudoRandomBytes.bytes(2, 100_000)).isNotEqualTo(a);
        assertThat(PseudoRandomBytes.stream(1, 100_000).readAllBytes()).isEqualTo(a);
    }

    @Test
    void rawDigestsMatchTheJdkAndTheKnownSm3Vector() throws Exception {
        byte[] abc = "abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String[] digests = RawDigests.of(abc);
        assertThat(digests[0]).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(abc)));
        // GB/T 32905-2016, example 1
        assertThat(digests[1]).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        RawDigests streamed = new RawDigests();
        assertThat(RawDigests.consume(new ByteArrayInputStream(abc), streamed)).isEqualTo(3);
        assertThat(streamed.finish()).containsExactly(digests);
    }

    @Test
    void idsAreUniqueAndValidForTheLedgerAndTheStore() {
        BenchIds ids = new BenchIds("abc123");
        String first = ids.next("anchor");
        assertThat(first).isEqualTo("bench-abc123-anchor-1").isNotEqualTo(ids.next("anchor"));
        assertThat(first).matches("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
        assertThat(BenchIds.randomHex256()).matches("[0-9a-f]{64}");
        assertThatThrownBy(() -> new BenchIds("Bad/Tag")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rootEnvIsParsedWithQuotesAndExportAndNeverPrinted() {
        var values = RootCredentials.parse("""
                # MinIO root
                export MINIO_ROOT_USER="admin"
                MINIO_ROOT_PASSWORD='s3cr=t'
                """);
        assertThat(values).containsEntry("MINIO_ROOT_USER", "admin").containsEntry("MINIO_ROOT_PASSWORD", "s3cr=t");
        assertThat(new RootCredentials("admin", "s3cr=t").toString()).doesNotContain("s3cr=t");
    }
}
