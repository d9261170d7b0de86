package cn.procuratorate.evidence.store.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceDigestsTest {

  private static final String SHA256_ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  private static final String SM3_ABC =
      "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0";

  @Nested
  class KnownVectors {

    @Test
    void abc() {
      EvidenceDigests digests = EvidenceDigests.of(ascii("abc"));

      assertThat(digests.sha256()).isEqualTo(SHA256_ABC);
      assertThat(digests.sm3()).isEqualTo(SM3_ABC);
    }

    @Test
    void emptyInput() {
      EvidenceDigests digests = EvidenceDigests.of(new byte[0]);

      assertThat(digests.sha256())
          .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
      assertThat(digests.sm3())
          .isEqualTo("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b");
    }

    @Test
    void sm3SecondExampleOfTheStandard() {
      // GB/T 32905-2016 example 2: "abcd" repeated 16 times (one full 512-bit block)
      EvidenceDigests digests = EvidenceDigests.of(ascii("abcd".repeat(16)));

      assertThat(digests.sm3())
          .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void fromStreamEqualsFromBytes() throws IOException {
      assertThat(EvidenceDigests.of(new ByteArrayInputStream(ascii("abc"))))
          .isEqualTo(new EvidenceDigests(SHA256_ABC, SM3_ABC));
    }
  }

  @Nested
  class Parsing {

    @Test
    void normalisesToLowerCase() {
      EvidenceDigests digests =
          new EvidenceDigests(SHA256_ABC.toUpperCase(), SM3_ABC.toUpperCase());

      assertThat(digests).isEqualTo(new EvidenceDigests(SHA256_ABC, SM3_ABC));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
        strings = {
          "abc",
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a", // 63 digits
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015adf", // 65 digits
          "zz7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
          " a7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        })
    void refusesAnythingButSixtyFourHexDigits(String notHex) {
      assertThat(EvidenceDigests.isHex256(notHex)).isFalse();
      assertThatIllegalArgumentException().isThrownBy(() -> new EvidenceDigests(notHex, SM3_ABC));
      assertThatIllegalArgumentException().isThrownBy(() -> new EvidenceDigests(SHA256_ABC, notHex));
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
