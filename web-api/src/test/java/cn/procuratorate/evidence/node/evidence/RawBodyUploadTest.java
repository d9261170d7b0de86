package cn.procuratorate.evidence.node.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.node.evidence.internal.MetadataDigest;
import cn.procuratorate.evidence.node.security.NodeUser;
import cn.procuratorate.evidence.node.testsupport.FakeEvidenceVault;
import cn.procuratorate.evidence.node.testsupport.NodeWebTest;
import cn.procuratorate.evidence.node.testsupport.NodeWebTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code POST /api/evidence} with the file as the whole {@code application/octet-stream} body and
 * its metadata in the query string. The intake is the real one, watched: refusals the request line
 * and headers decide never reach it; the rest (field rules, allowed media types, the streamed
 * size) are the intake's own and leave nothing behind.
 */
@NodeWebTest
@TestPropertySource(properties = "evidence.upload.max-size=64KB") // = FakeEvidenceVault.MAX_BYTES
@ImportAutoConfiguration({SpringDocConfiguration.class, SpringDocConfigProperties.class,
    SpringDocWebMvcConfiguration.class})
class RawBodyUploadTest extends NodeWebTestSupport {

  /** Bytes a multipart parser would have to scan: line breaks, dashes, a boundary look-alike. */
  private static final byte[] SCAN = ("\r\n------evidence-test-boundary\r\n\u0000\u00ff"
      + "witness statement, signed\r\n--").getBytes(StandardCharsets.ISO_8859_1);

  @MockitoSpyBean EvidenceIntake intake;

  @Nested
  class Stores {

    @Test
    void theExactBytesWithTheMetadataOfTheQuery() throws Exception {
      // 笔录.txt and 现场笔录 as a client's URL carries them: UTF-8, percent-encoded.
      URI uri = URI.create("/api/evidence?caseRef=CASE-7&title=%E7%8E%B0%E5%9C%BA%E7%AC%94%E5%BD%95"
          + "&description=first%20page&fileName=%E7%AC%94%E5%BD%95.txt&mediaType=text%2Fplain%3B%20charset%3DUTF-8");
      String body = mvc.perform(RawUploadRequest.to(uri, SCAN).with(officer()))
          .andExpect(status().isCreated())
          .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/evidence/police-")))
          .andExpect(jsonPath("$.status").value("ANCHORED"))
          .andExpect(jsonPath("$.caseRef").value("CASE-7"))
          .andExpect(jsonPath("$.title").value("现场笔录"))
          .andExpect(jsonPath("$.description").value("first page"))
          .andExpect(jsonPath("$.fileName").value("笔录.txt"))
          .andExpect(jsonPath("$.mediaType").value("text/plain"))
          .andExpect(jsonPath("$.size").value(SCAN.length))
          .andReturn().getResponse().getContentAsString();

      verify(intake).upload(
          eq(new EvidenceUpload("CASE-7", "现场笔录", "first page", "笔录.txt", "text/plain; charset=UTF-8")),
          any(InputStream.class), any(NodeUser.class));
      String id = jsonOf(body).path("evidenceId").asText();
      assertThat(jsonOf(body).path("metadataDigest").asText())
          .isEqualTo(MetadataDigest.of("现场笔录", "first page", "笔录.txt"));
      Evidence anchored = ledger.find(id).orElseThrow();
      assertThat(anchored.sha256()).isEqualTo(EvidenceControllerTest.sha256(SCAN));
      assertThat(anchored.sm3()).isEqualTo(EvidenceControllerTest.sm3(SCAN));
      assertThat(anchored.size()).isEqualTo(SCAN.length);
      assertThat(anchored.uploader()).isEqualTo("officer");
      assertThat(anchored.mediaType()).isEqualTo("text/plain");
    }

    @Test
    void aBodyWithoutDeclaredLength() throws Exception {
      mvc.perform(upload("caseRef=CASE-7&fileName=a.txt&mediaType=text/plain", SCAN)
              .declaring(RawUploadRequest.CHUNKED).with(officer()))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.size").value(SCAN.length));
    }

    @Test
    void exactlyTheLimit() throws Exception {
      mvc.perform(upload("caseRef=CASE-7&fileName=a.txt&mediaType=text/plain", new byte[(int) FakeEvidenceVault.MAX_BYTES])
              .with(officer()))
          .andExpect(status().isCreated());
    }

    @Test
    void andKeepsTheItemPendingWhenTheLedgerIsDown() throws Exception {
      ledger.unavailable = true;
      mvc.perform(upload("caseRef=CASE-7&fileName=a.txt&mediaType=text/plain", SCAN).with(officer()))
          .andExpect(status().isAccepted())
          .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/evidence/police-")))
          .andExpect(jsonPath("$.status").value("PENDING"))
          .andExpect(jsonPath("$.sha256").value(EvidenceControllerTest.sha256(SCAN)));
      assertThat(vault.objectCount()).isEqualTo(1);
    }
  }

  /** Decided from the request line and headers: the intake is never called, the body never read. */
  @Nested
  class RefusesBeforeTheIntake {

    @Test
    void unknownAndRepeatedParameters() throws Exception {
      refused(upload("caseRef=CASE-7&fileName=a.txt&mediaType=text/plain&ownerMsp=CourtMSP", SCAN), 400, "INVALID_FIELD")
          .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'ownerMsp'")));
      refused(upload("caseRef=CASE-7&caseRef=CASE-8&fileName=a.txt&mediaType=text/plain", SCAN), 400, "INVALID_FIELD")
          .andExpect(jsonPath("$.detail").value("query parameter 'caseRef' was sent twice"));
      refused(upload("caseRef=CASE-7&fileName=a.txt&mediaType=text/plain&file=a.txt", SCAN), 400, "INVALID_FIELD");
      assertNothingKept();
    }

    @Test
    void missingOrBlankRequiredParameters() throws Exception {
      String[][] cases = {
          {"fileName=a.txt&mediaType=text/plain", "caseRef"},
          {"caseRef=%20&fileName=a.txt&mediaType=text/plain", "caseRef"},
          {"caseRef=CASE-7&mediaType=text/plain", "fileName"},
          {"caseRef=CASE-7&fileName=&mediaType=text/plain", "fileName"},
          {"caseRef=CASE-7&fileName=a.txt", "mediaType"},
          {"caseRef=CASE-7&fileName=a.txt&mediaType=%20", "mediaType"}};
      for (String[] c : cases) {
        refused(upload(c[0], SCAN), 400, "INVALID_FIELD").andExpect(jsonPath("$.field").value(c[1]));
      }
      assertNothingKept();
    }

    @Test
    void parametersOverTheFieldLimit() throws Exception {
      String long8k = "说".repeat(2731); // 8193 bytes of UTF-8
      refused(RawUploadRequest.to("/api/evidence", SCAN).queryParam("caseRef", "CASE-7")
              .queryParam("fileName", "a.txt").queryParam("mediaType", "text/plain")
              .queryParam("description", long8k), 400, "INVALID_FIELD")
          .andExpect(jsonPath("$.detail").value("query parameter 'description' is longer than 8192 bytes"));
      assertNothingKept();
    }

    @Test
    void anEmptyBody() throws Exception {
      refused(upload("caseRef=CASE-7&fileName=a.txt&mediaType=text/plain", new byte[0]), 400, "EMPTY_CONTENT");
      assertNothingKept();
    }

    @Test
    void aDeclaredLengthOverTheLimitWithoutReadingIt() throws Exception {
      MvcResult result = refused(upload("caseRef=CASE-7&fileName=a.txt&mediaType=text/plain", SCAN)
              .declaring(5L << 30), 413, "CONTENT_TOO_LARGE")
          .andReturn();
      assertThat(result.getRequest().getInputStream().available()).isEqualTo(SCAN.length);
      refused(upload("caseRef=CASE-7&fileName=a.txt&mediaType=text/plain",
              new byte[(int) FakeEvidenceVault.MAX_BYTES + 1]), 413, "CONTENT_TOO_LARGE");
      assertNothingKept();
    }

    @Test
    void usersWhoDoNotHandleCases() throws Exception {
      mvc.perform(upload("caseRef=CASE-7&fileName=a.txt&mediaType=text/plain", SCAN).with(auditor()))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.code").value("FORBIDDEN"));
      verifyNoInteractions(intake);
      assertNothingKept();
    }

    private ResultActions refused(RawUploadRequest request, int status, String code) throws Exception {
      ResultActions result = mvc.perform(request.with(officer()))
          .andExpect(status().is(status))
          .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
          .andExpect(jsonPath("$.code").value(code));
      verifyNoInteractions(intake);
      return result;
    }
  }

  /** The intake's own rules, the same as for the multipart form: refused before anything is kept. */
  @Nested
  class RefusesInTheIntake {

    @Test
    void mediaTypesNotAllowedBeforeReadingTheBody() throws Exception {
      for (String type : new String[] {"application/x-msdownload", "application/octet-stream", "pdf"}) {
        MvcResult result = mvc.perform(upload("caseRef=CASE-7&fileName=a.bin&mediaType=" + type, SCAN).with(officer()))
            .andExpect(status().isUnsupportedMediaType())
            .andExpect(jsonPath("$.code").value("MEDIA_TYPE_NOT_ALLOWED"))
            .andReturn();
        assertThat(result.getRequest().getInputStream().available()).isEqualTo(SCAN.length);
      }
      assertNothingKept();
    }

    @Test
    void fieldsAgainstTheFormsRules() throws Exception {
      String[][] cases = {
          {"caseRef=../etc&fileName=a.txt&mediaType=text/plain", "INVALID_FIELD"},
          {"caseRef=CASE-7&title=" + "t".repeat(201) + "&fileName=a.txt&mediaType=text/plain", "INVALID_FIELD"},
          {"caseRef=CASE-7&description=" + "d".repeat(2001) + "&fileName=a.txt&mediaType=text/plain", "INVALID_FIELD"},
          {"caseRef=CASE-7&fileName=" + "f".repeat(256) + "&mediaType=text/plain", "INVALID_FILE_NAME"}};
      for (String[] c : cases) {
        mvc.perform(upload(c[0], SCAN).with(officer()))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.code").value(c[1]));
      }
      assertNothingKept();
    }

    @Test
    void pathTricksInTheFileNameOnceDecoded() throws Exception {
      // ../../etc/passwd, ..\boot.ini, ..%2f..%2fpasswd (sent as %252f), c:evil, a tab
      for (String name : new String[] {"..%2F..%2Fetc%2Fpasswd", "..%5Cboot.ini", "..%252f..%252fpasswd",
          "c%3Aevil", "..", "a%09b.txt"}) {
        mvc.perform(RawUploadRequest.to(URI.create(
                    "/api/evidence?caseRef=CASE-7&mediaType=text/plain&fileName=" + name), SCAN)
                .with(officer()))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.code").value("INVALID_FILE_NAME"));
      }
      assertNothingKept();
    }

    @Test
    void bodiesFoundEmptyOrTooLargeWhileStreaming() throws Exception {
      mvc.perform(upload("caseRef=CASE-7&fileName=a.txt&mediaType=text/plain", new byte[0])
              .declaring(RawUploadRequest.CHUNKED).with(officer()))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code").value("EMPTY_CONTENT"));
      mvc.perform(upload("caseRef=CASE-7&fileName=a.txt&mediaType=text/plain",
              new byte[(int) FakeEvidenceVault.MAX_BYTES + 1]).declaring(RawUploadRequest.CHUNKED).with(officer()))
          .andExpect(status().isPayloadTooLarge())
          .andExpect(jsonPath("$.code").value("CONTENT_TOO_LARGE"));
      assertNothingKept();
    }
  }

  @Test
  void isDocumentedAsTheSecondBodyOfTheUploadOperation() throws Exception {
    String doc = mvc.perform(get("/v3/api-docs").with(admin()))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    JsonNode upload = jsonOf(doc).path("paths").path("/api/evidence").path("post");
    assertThat(upload.path("requestBody").path("content").fieldNames()).toIterable()
        .containsExactly(MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE);
    assertThat(upload.path("parameters").findValuesAsText("name"))
        .containsExactly("caseRef", "title", "description", "fileName", "mediaType");
    // not required of the multipart form: the descriptions say which the raw body needs
    assertThat(upload.path("parameters").findValues("required")).allMatch(required -> !required.asBoolean());
    assertThat(upload.path("responses").has("201")).isTrue();
    assertThat(upload.path("responses").has("202")).isTrue();
  }

  private static RawUploadRequest upload(String query, byte[] body) {
    return RawUploadRequest.to(URI.create("/api/evidence?" + query), body);
  }

  private void assertNothingKept() {
    assertThat(vault.objectCount()).isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM evidence_item").query(Long.class).single()).isZero();
    assertThat(ledger.registerCalls).isZero();
  }
}
