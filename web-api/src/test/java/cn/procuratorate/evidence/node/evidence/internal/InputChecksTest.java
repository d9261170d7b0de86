package cn.procuratorate.evidence.node.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputChecksTest {

  @ParameterizedTest
  @ValueSource(strings = {"../etc/passwd", "a/b.pdf", "..\\x", "C:evil.pdf", "..", ".", "%2e%2e%2fx",
      "a%2Fb", "name\u0000.pdf", "line\nbreak.pdf", "rtl\u202Egnp.exe", " "})
  void refusesFileNamesThatTryToBePaths(String name) {
    assertThatThrownBy(() -> FileNames.check(name))
        .isInstanceOfSatisfying(EvidenceProblem.class, p -> assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_FILE_NAME));
  }

  @ParameterizedTest
  @ValueSource(strings = {"report.pdf", "现场照片 (1).jpg", ".hidden", "a..b.txt", "100%.txt"})
  void keepsPlainFileNames(String name) {
    assertThat(FileNames.check(name)).isEqualTo(name);
  }

  @Test
  void normalisesMediaTypesAndRefusesOthers() {
    assertThat(UploadFields.mediaType("Application/PDF; charset=x")).isEqualTo("application/pdf");
    assertThatThrownBy(() -> UploadFields.mediaType(null)).isInstanceOf(EvidenceProblem.class);
    assertThatThrownBy(() -> UploadFields.mediaType("pdf")).isInstanceOf(EvidenceProblem.class);
  }

  @Test
  void checksCaseReferencesTitlesAndDescriptions() {
    assertThat(UploadFields.caseRef("CASE-2025.01_7")).isEqualTo("CASE-2025.01_7");
    assertThatThrownBy(() -> UploadFields.caseRef("../x")).isInstanceOf(EvidenceProblem.class);
    assertThat(UploadFields.title("  ")).isNull();
    assertThatThrownBy(() -> UploadFields.title("a\u0007b")).isInstanceOf(EvidenceProblem.class);
    assertThat(UploadFields.description("line one\nline two")).contains("\n");
    assertThatThrownBy(() -> UploadFields.description("x".repeat(2001))).isInstanceOf(EvidenceProblem.class);
  }

  @Test
  void digestsTheOffLedgerMetadataCanonically() {
    assertThat(MetadataDigest.of("t", null, "a.pdf")).isEqualTo(MetadataDigest.of("t", null, "a.pdf"))
        .isNotEqualTo(MetadataDigest.of("t", "", "a.pdf")).hasSize(64);
  }
}
