package cn.procuratorate.evidence.node.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.node.testsupport.FakeEvidenceVault;
import cn.procuratorate.evidence.node.testsupport.MultipartBody;
import cn.procuratorate.evidence.node.testsupport.NodeWebTest;
import cn.procuratorate.evidence.node.testsupport.NodeWebTestSupport;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

@NodeWebTest
class EvidenceControllerTest extends NodeWebTestSupport {

  private static final byte[] STATEMENT = "witness statement, signed".getBytes(StandardCharsets.UTF_8);

  @Nested
  class Upload {

    @Test
    void anchorsTheHashesOfTheBytesAndKeepsTheTitleOffTheLedger() throws Exception {
      String body = mvc.perform(new MultipartBody().field("caseRef", "CASE-7").field("title", "现场笔录")
              .file("笔录.txt", "text/plain", STATEMENT).post("/api/evidence").with(officer()))
          .andExpect(status().isCreated())
          .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/evidence/police-")))
          .andExpect(jsonPath("$.status").value("ANCHORED"))
          .andExpect(jsonPath("$.title").value("现场笔录"))
          .andExpect(jsonPath("$.fileName").value("笔录.txt"))
          .andReturn().getResponse().getContentAsString();
      String id = jsonOf(body).path("evidenceId").asText();

      Evidence anchored = ledger.find(id).orElseThrow();
      assertThat(anchored.sha256()).isEqualTo(sha256(STATEMENT));
      assertThat(anchored.sm3()).isEqualTo(sm3(STATEMENT));
      assertThat(anchored.size()).isEqualTo(STATEMENT.length);
      assertThat(anchored.caseRef()).isEqualTo("CASE-7");
      assertThat(anchored.uploader()).isEqualTo("officer");
      assertThat(anchored.metadataDigest()).hasSize(64);
      assertThat(anchored.toString()).doesNotContain("现场笔录");
      assertThat(jsonOf(body).path("anchorTxId").asText()).isEqualTo(anchored.registrationTxId());
    }

    @Test
    void keepsTheItemPendingWhenTheLedgerIsDown() throws Exception {
      ledger.unavailable = true;
      mvc.perform(new MultipartBody().field("caseRef", "CASE-7").file("a.txt", "text/plain", STATEMENT)
              .post("/api/evidence").with(officer()))
          .andExpect(status().isAccepted())
          .andExpect(jsonPath("$.status").value("PENDING"))
          .andExpect(jsonPath("$.anchoringAttempts").value(1))
          .andExpect(jsonPath("$.sha256").value(sha256(STATEMENT)));
      assertThat(vault.objectCount()).isEqualTo(1);
    }

    @Test
    void reportsALedgerRefusalWithTheItsCodeAndTheStoredId() throws Exception {
      ledger.nextSubmitRefusal = ErrorCode.UNKNOWN_AGENCY;
      mvc.perform(new MultipartBody().field("caseRef", "CASE-7").file("a.txt", "text/plain", STATEMENT)
              .post("/api/evidence").with(officer()))
          .andExpect(status().isUnprocessableEntity())
          .andExpect(jsonPath("$.code").value("UNKNOWN_AGENCY"))
          .andExpect(jsonPath("$.ledgerCode").value("UNKNOWN_AGENCY"))
          .andExpect(jsonPath("$.status").value(422))
          .andExpect(jsonPath("$.anchorStatus").value("REFUSED"))
          .andExpect(jsonPath("$.evidenceId").exists());
    }

    @Test
    void refusesAnEmptyFileAndKeepsNothing() throws Exception {
      mvc.perform(new MultipartBody().field("caseRef", "CASE-7").file("a.txt", "text/plain", new byte[0])
              .post("/api/evidence").with(officer()))
          .andExpect(status().isBadRequest())
          .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
          .andExpect(jsonPath("$.type").value("urn:evidence-ledger:problem:empty-content"));
      assertNothingKept();
    }

    @Test
    void refusesAnOversizeFileAndKeepsNothing() throws Exception {
      byte[] large = new byte[(int) FakeEvidenceVault.MAX_BYTES + 1];
      mvc.perform(new MultipartBody().field("caseRef", "CASE-7").file("a.txt", "text/plain", large)
              .post("/api/evidence").with(officer()))
          .andExpect(status().isPayloadTooLarge())
          .andExpect(jsonPath("$.code").value("CONTENT_TOO_LARGE"));
      assertNothingKept();
    }

    @Test
    void refusesAMediaTypeNotAllowed() throws Exception {
      mvc.perform(new MultipartBody().field("caseRef", "CASE-7")
              .file("setup.exe", "application/x-msdownload", STATEMENT).post("/api/evidence").with(officer()))
          .andExpect(status().isUnsupportedMediaType())
          .andExpect(jsonPath("$.code").value("MEDIA_TYPE_NOT_ALLOWED"));
      assertNothingKept();
    }

    @Test
    void refusesPathTricksInTheFileName() throws Exception {
      for (String name : new String[] {"../../etc/passwd", "..\\\\boot.ini", "..%2f..%2fpasswd", "..", "c:evil"}) {
        mvc.perform(new MultipartBody().field("caseRef", "CASE-7").file(name, "text/plain", STATEMENT)
                .post("/api/evidence").with(officer()))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.code").value("INVALID_FILE_NAME"));
      }
      assertNothingKept();
    }

    @Test
    void needsACaseReferenceBeforeTheFile() throws Exception {
      mvc.perform(new MultipartBody().file("a.txt", "text/plain", STATEMENT).field("caseRef", "CASE-7")
              .post("/api/evidence").with(officer()))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code").value("INVALID_FIELD"))
          .andExpect(jsonPath("$.field").value("caseRef"));
      mvc.perform(new MultipartBody().field("caseRef", "../etc").file("a.txt", "text/plain", STATEMENT)
              .post("/api/evidence").with(officer()))
          .andExpect(status().isBadRequest());
      assertNothingKept();
    }

    @Test
    void refusesUnknownFieldsAndBodiesThatAreNotMultipart() throws Exception {
      mvc.perform(new MultipartBody().field("caseRef", "CASE-7").field("ownerMsp", "CourtMSP")
              .file("a.txt", "text/plain", STATEMENT).post("/api/evidence").with(officer()))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code").value("INVALID_FIELD"));
      mvc.perform(post("/api/evidence").with(officer()).contentType(MediaType.APPLICATION_JSON).content("{}"))
          .andExpect(status().isUnsupportedMediaType())
          .andExpect(jsonPath("$.type").exists());
      assertNothingKept();
    }

    @Test
    void isForCaseHandlersOnly() throws Exception {
      mvc.perform(new MultipartBody().field("caseRef", "CASE-7").file("a.txt", "text/plain", STATEMENT)
              .post("/api/evidence").with(auditor()))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.code").value("FORBIDDEN"));
      assertNothingKept();
    }

    private void assertNothingKept() {
      assertThat(vault.objectCount()).isZero();
      assertThat(jdbc.sql("SELECT COUNT(*) FROM evidence_item").query(Long.class).single()).isZero();
      assertThat(ledger.registerCalls).isZero();
    }
  }

  @Nested
  class LookUp {

    @Test
    void showsTheNodesRecordOfAnItem() throws Exception {
      String id = upload("statement one");
      mvc.perform(get("/api/evidence/{id}", id).with(auditor()))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.owned.status").value("ANCHORED"))
          .andExpect(jsonPath("$.owned.title").value("witness statement"));
    }

    @Test
    void listsByCase() throws Exception {
      upload("one");
      upload("two");
      mvc.perform(get("/api/evidence").param("caseRef", "CASE-1").with(officer()))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.length()").value(2));
      mvc.perform(get("/api/evidence").param("caseRef", "CASE-2").with(officer()))
          .andExpect(jsonPath("$.length()").value(0));
      mvc.perform(get("/api/evidence").param("limit", "0").with(officer()))
          .andExpect(status().isBadRequest());
    }

    @Test
    void answersUnknownAndMalformedIdsWithProblems() throws Exception {
      mvc.perform(get("/api/evidence/{id}", "police-unknown").with(officer()))
          .andExpect(status().isNotFound())
          .andExpect(jsonPath("$.code").value("NOT_HELD"));
      mvc.perform(get("/api/evidence/{id}", "-bad$id").with(officer()))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code").value("INVALID_EVIDENCE_ID"));
    }
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  static String sm3(byte[] bytes) {
    SM3Digest digest = new SM3Digest();
    digest.update(bytes, 0, bytes.length);
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return HexFormat.of().formatHex(out);
  }
}
