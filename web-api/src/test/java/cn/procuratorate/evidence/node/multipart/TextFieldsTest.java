package cn.procuratorate.evidence.node.multipart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The checks both upload forms make of their text fields, wherever the fields travel. */
class TextFieldsTest {

  private static final Set<String> KNOWN = Set.of("caseRef", "title");

  @Test
  void keepsKnownFieldsUpToTheLimitInUtf8Bytes() throws Exception {
    TextFields fields = new TextFields(KNOWN, "field", " and 'file'");
    String full = "x".repeat(TextFields.MAX_FIELD_BYTES);
    fields.add("caseRef", () -> new ByteArrayInputStream(full.getBytes(StandardCharsets.UTF_8)));
    fields.add("title", "现场笔录");
    assertThat(fields.values()).isEqualTo(Map.of("caseRef", full, "title", "现场笔录"));
  }

  @Test
  void refusesUnknownNamesWithoutOpeningTheirValue() {
    TextFields fields = new TextFields(KNOWN, "field", " and 'file'");
    assertThatThrownBy(() -> fields.add("ownerMsp", () -> {
      throw new AssertionError("opened");
    }))
        .isInstanceOfSatisfying(EvidenceProblem.class, p -> assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_FIELD))
        .hasMessageStartingWith("unknown field 'ownerMsp'; this endpoint takes")
        .hasMessageEndingWith(" and 'file'");
    assertThatThrownBy(() -> new TextFields(KNOWN, "query parameter", "").add("a\u0000b", "x"))
        .hasMessageStartingWith("unknown query parameter 'a?b'");
    assertThatThrownBy(() -> fields.add(null, "x")).hasMessageContaining("(unnamed)");
  }

  @Test
  void refusesASecondValue() {
    TextFields fields = new TextFields(KNOWN, "query parameter", "");
    fields.add("caseRef", "CASE-1");
    assertThatThrownBy(() -> fields.add("caseRef", "CASE-2"))
        .hasMessage("query parameter 'caseRef' was sent twice");
  }

  @Test
  void refusesLongValuesCountingBytesAndReadsNoFurther() {
    TextFields fields = new TextFields(KNOWN, "query parameter", "");
    String chinese = "说".repeat(2731); // 2731 characters, 8193 bytes
    assertThatThrownBy(() -> fields.add("title", chinese))
        .hasMessage("query parameter 'title' is longer than 8192 bytes");

    AtomicLong read = new AtomicLong();
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        read.incrementAndGet();
        return 'x';
      }
    };
    assertThatThrownBy(() -> new TextFields(KNOWN, "field", "").add("title", () -> endless))
        .hasMessage("field 'title' is longer than 8192 bytes");
    assertThat(read.get()).isEqualTo(TextFields.MAX_FIELD_BYTES + 1);
  }
}
