package cn.procuratorate.evidence.systemtests.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.ledger.client.LedgerConnection;
import cn.procuratorate.evidence.ledger.client.LedgerEndorseException;
import cn.procuratorate.evidence.ledger.model.CustodyEvent;
import cn.procuratorate.evidence.ledger.model.CustodyEventType;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.ledger.profile.ProfileDirectory;
import cn.procuratorate.evidence.systemtests.RepoPaths;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.messages.Item;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence custody end to end, through the agency nodes' REST APIs, on the real consortium and
 * MinIO: upload and anchoring, exchange between agencies, tamper detection, refusals.
 */
@Tag("consortium")
class EvidenceCustodyIT {
    private static final String CASE = "CASE-IT-" + UUID.randomUUID().toString().substring(0, 8);
    private static LedgerConnection policeLedger;
    private static LedgerConnection courtLedger;

    @TempDir static Path files;

    @BeforeAll
    static void startNodes() {
        AgencyNodes.restartAll();
        policeLedger = LedgerConnection.open(ProfileDirectory.locate().agency("police"));
        courtLedger = LedgerConnection.open(ProfileDirectory.locate().agency("court"));
    }

    @AfterAll
    static void stopNodes() {
        policeLedger.close();
        courtLedger.close();
        AgencyNodes.stopAll();
    }

    @Test
    void uploadsAreAnchoredWithHashesComputedIndependently() throws Exception {
        NodeApi officer = NodeApi.of("police", "officer");
        Map<String, Path> uploads = Map.of(
                "text/plain", randomFile("note.txt", 1_000),
                "application/pdf", randomFile("report.pdf", 1 << 20),
                "video/mp4", randomFile("camera.mp4", 100 << 20));

        for (var upload : uploads.entrySet()) {
            Path file = upload.getValue();
            NodeApi.Reply reply = officer.upload(CASE, file.getFileName().toString(), upload.getKey(), file);

            assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
            assertThat(reply.text("status")).isEqualTo("ANCHORED");
            Evidence onLedger = policeLedger.evidence().get(reply.text("evidenceId")).orElseThrow();
            assertThat(onLedger.sha256()).isEqualTo(sha256(file));
            assertThat(onLedger.sm3()).isEqualTo(sm3(file));
            assertThat(onLedger.size()).isEqualTo(Files.size(file));
            assertThat(onLedger.ownerMsp()).isEqualTo("PoliceMSP");
            assertThat(onLedger.registrationTxId()).isEqualTo(reply.text("anchorTxId"));
        }
    }

    @Test
    void aFileSentAsTheWholeBodyIsAnchoredLikeAForm() throws Exception {
        Path file = randomFile("现场录像.mp4", 20 << 20);
        NodeApi.Reply reply = NodeApi.of("police", "officer").uploadBody(CASE, "现场录像.mp4", "video/mp4", file);

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        assertThat(reply.text("fileName")).isEqualTo("现场录像.mp4");
        assertThat(reply.text("mediaType")).isEqualTo("video/mp4");
        Evidence onLedger = policeLedger.evidence().get(reply.text("evidenceId")).orElseThrow();
        assertThat(onLedger.sha256()).isEqualTo(sha256(file));
        assertThat(onLedger.sm3()).isEqualTo(sm3(file));
        assertThat(onLedger.size()).isEqualTo(Files.size(file));
    }

    @Test
    void aGrantedAgencyFetchesAVerifiedCopyAndAnAgencyWithoutGrantIsRefusedByNodeAndChaincode() throws Exception {
        Path file = randomFile("statement.pdf", 300_000);
        String id = NodeApi.of("police", "officer").upload(CASE, "statement.pdf", "application/pdf", file).text("evidenceId");

        NodeApi.Reply grant = NodeApi.of("police", "officer").postJson("/api/evidence/" + id + "/grants", "{\"agency\":\"procuratorate\"}");
        assertThat(grant.status()).as(grant.body().toString()).isIn(200, 201);
        NodeApi.Reply fetched = NodeApi.of("procuratorate", "prosecutor").postJson("/api/evidence/" + id + "/fetch", "{\"ownerAgency\":\"police\"}");
        assertThat(fetched.status()).as(fetched.body().toString()).isIn(200, 201);
        assertThat(fetched.body().path("verified").asBoolean()).isTrue();
        try (InputStream copy = NodeApi.of("procuratorate", "prosecutor").download(id).body()) {
            assertThat(sha256(copy)).isEqualTo(sha256(file));
        }
        assertThat(policeLedger.evidence().timeline(id))
                .anySatisfy(e -> {
                    assertThat(e.type()).isEqualTo(CustodyEventType.RECEIVED);
                    assertThat(e.actorMsp()).isEqualTo("ProcuratorateMSP");
                    assertThat(e.verified()).isTrue();
                });

        NodeApi.Reply courtFetch = NodeApi.of("court", "judge").postJson("/api/evidence/" + id + "/fetch", "{\"ownerAgency\":\"police\"}");
        assertThat(courtFetch.status()).isEqualTo(403);
        assertThat(courtFetch.text("code")).isEqualTo("NO_GRANT");
        Evidence registered = policeLedger.evidence().get(id).orElseThrow();
        assertThatThrownBy(() -> courtLedger.evidence().receipt(id, registered.sha256(), registered.sm3(), true, "", "judge"))
                .isInstanceOfSatisfying(LedgerEndorseException.class, e -> assertThat(e.errorCode()).contains(ErrorCode.FORBIDDEN));
        assertThat(policeLedger.evidence().timeline(id)).noneMatch(e -> "CourtMSP".equals(e.actorMsp()));
    }

    @Test
    void bytesChangedBehindTheNodesBackAreDetectedOnDownloadAndVerify() throws Exception {
        NodeApi officer = NodeApi.of("police", "officer");
        Path file = randomFile("photo.jpg", 50_000);
        String id = officer.upload(CASE, "photo.jpg", "image/jpeg", file).text("evidenceId");
        MinioClient root = rootS3();
        String bucket = ProfileDirectory.locate().agency("police").requireS3().bucket();
        String key = "evidence/" + id;

        // Someone with bucket credentials writes a newer version: never served as the evidence.
        byte[] forged = "forged".getBytes();
        root.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                .stream(new ByteArrayInputStream(forged), forged.length, -1).contentType("image/jpeg").build());
        HttpResponse<InputStream> served = officer.download(id);
        try (InputStream body = served.body()) {
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(sha256(body)).isEqualTo(sha256(file));
        }
        assertThat(served.headers().firstValue("Evidence-Newer-Versions")).contains("1");

        // The node's own version removed (governance bypass by the S3 root): detected, not served.
        String original = versionsOf(root, bucket, key).get(0);
        root.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).versionId(original)
                .bypassGovernanceMode(true).build());
        HttpResponse<InputStream> refused = officer.download(id);
        refused.body().close();
        assertThat(refused.statusCode()).isEqualTo(409);
        NodeApi.Reply verification = NodeApi.of("police", "auditor").get("/api/evidence/" + id + "/verification");
        assertThat(verification.text("verdict")).isIn("ALTERED", "MISSING");
        assertThat(policeLedger.evidence().timeline(id))
                .anySatisfy(e -> {
                    assertThat(e.type()).isEqualTo(CustodyEventType.VERIFIED);
                    assertThat(e.verified()).isFalse();
                });
    }

    @Test
    void badInputGetsAClearErrorAndChangesNothing() throws Exception {
        NodeApi officer = NodeApi.of("police", "officer");
        String id = officer.upload(CASE, "a.txt", "text/plain", "kept".getBytes()).text("evidenceId");
        List<CustodyEvent> timelineBefore = policeLedger.evidence().timeline(id);
        MinioClient root = rootS3();
        String bucket = ProfileDirectory.locate().agency("police").requireS3().bucket();
        int objectsBefore = objectCount(root, bucket);

        assertProblem(officer.upload(CASE, "empty.txt", "text/plain", new byte[0]), 400, "EMPTY_CONTENT");
        assertProblem(officer.upload(CASE, "big.mp4", "video/mp4", randomFile("big.mp4", 300 << 20)), 413, "CONTENT_TOO_LARGE");
        assertProblem(officer.upload(CASE, "../../etc/passwd", "text/plain", "x".getBytes()), 400, "INVALID_FILE_NAME");
        assertProblem(officer.upload(CASE, "tool.exe", "application/x-msdownload", "MZ".getBytes()), 415, "MEDIA_TYPE_NOT_ALLOWED");
        // Refused on the declared length alone: the node answers 413 instead of "100 Continue", so
        // the client never starts sending the 10 GB.
        assertThat(officer.statusLineForDeclaredUpload(CASE, "huge.mp4", "video/mp4", 10L << 30))
                .startsWith("HTTP/1.1 413");
        assertProblem(officer.get("/api/evidence/not%20an%20id"), 400, null);
        assertProblem(officer.postJson("/api/evidence/" + id + "/grants", "{\"agency\":\"mars\"}"), 422, "UNKNOWN_AGENCY");
        assertProblem(NodeApi.of("procuratorate", "officer").delete("/api/evidence/" + id + "/grants/court"), 403, null);
        HttpResponse<InputStream> auditorDownload = NodeApi.of("police", "auditor").download(id);
        auditorDownload.body().close();
        assertThat(auditorDownload.statusCode()).as("auditors verify but do not download").isEqualTo(403);

        Evidence registered = policeLedger.evidence().get(id).orElseThrow();
        assertThatThrownBy(() -> policeLedger.evidence().register(new cn.procuratorate.evidence.ledger.model.EvidenceRegistration(
                        id, "0".repeat(64), "1".repeat(64), registered.size(), registered.mediaType(), CASE, "officer", "")))
                .isInstanceOfSatisfying(LedgerEndorseException.class, e -> assertThat(e.errorCode()).contains(ErrorCode.CONFLICT));

        assertThat(policeLedger.evidence().timeline(id)).isEqualTo(timelineBefore);
        assertThat(policeLedger.evidence().get(id)).contains(registered);
        assertThat(objectCount(root, bucket)).isEqualTo(objectsBefore);
    }

    @Test
    void aNodeKilledBetweenStoreAndAnchorAnchorsTheItemExactlyOnceAfterRestart() throws Exception {
        AgencyNodes.kill("police");
        AgencyNodes.start("-Devidence.outbox.first-attempt-delay=600s");
        Path file = randomFile("interview.mp3", 200_000);
        NodeApi.Reply pending = NodeApi.of("police", "officer").upload(CASE, "interview.mp3", "audio/mpeg", file);
        assertThat(pending.status()).as(pending.body().toString()).isEqualTo(202);
        String id = pending.text("evidenceId");
        assertThat(policeLedger.evidence().get(id)).isEmpty();

        AgencyNodes.kill("police");
        AgencyNodes.start();

        assertThat(awaitAnchored(id)).isEqualTo("ANCHORED");
        assertThat(policeLedger.evidence().get(id).orElseThrow().sha256()).isEqualTo(sha256(file));
        assertThat(policeLedger.evidence().timeline(id))
                .filteredOn(e -> e.type() == CustodyEventType.REGISTERED).hasSize(1);
    }

    /** The node's own record of the item once it is anchored (or after 60 s, whatever it is). */
    private static String awaitAnchored(String id) throws InterruptedException {
        NodeApi officer = NodeApi.of("police", "officer");
        String status = "";
        for (int i = 0; i < 120 && !"ANCHORED".equals(status); i++) {
            Thread.sleep(500);
            status = officer.get("/api/evidence/" + id).body().path("owned").path("status").asText();
        }
        return status;
    }

    private static void assertProblem(NodeApi.Reply reply, int status, String code) {
        assertThat(reply).isNotNull();
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(status);
        if (code != null) {
            assertThat(reply.text("code")).isEqualTo(code);
            assertThat(reply.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    private static Path randomFile(String name, long size) throws Exception {
        Path file = files.resolve(UUID.randomUUID() + "-" + name);
        Random random = new Random(size);
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = size; left > 0; left -= chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk, 0, (int) Math.min(left, chunk.length));
            }
        }
        return file;
    }

    private static String sha256(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sm3(Path file) throws Exception {
        SM3Digest digest = new SM3Digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    private static MinioClient rootS3() throws Exception {
        Map<String, String> env = new java.util.HashMap<>();
        for (String line : Files.readAllLines(RepoPaths.root().resolve("network/run/minio/root.env"))) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                env.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        var s3 = ProfileDirectory.locate().agency("police").requireS3();
        return MinioClient.builder().endpoint(s3.endpoint().toString())
                .credentials(env.get("MINIO_ROOT_USER"), env.get("MINIO_ROOT_PASSWORD")).build();
    }

    /** Version ids of one key, oldest first. */
    private static List<String> versionsOf(MinioClient s3, String bucket, String key) throws Exception {
        List<Item> versions = new ArrayList<>();
        for (Result<Item> r : s3.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(key).includeVersions(true).build())) {
            versions.add(r.get());
        }
        versions.sort(java.util.Comparator.comparing(Item::lastModified));
        return versions.stream().map(Item::versionId).toList();
    }

    private static int objectCount(MinioClient s3, String bucket) throws Exception {
        int count = 0;
        for (Result<Item> r : s3.listObjects(ListObjectsArgs.builder().bucket(bucket).recursive(true).includeVersions(true).build())) {
            r.get();
            count++;
        }
        return count;
    }
}
