package cn.procuratorate.evidence.benchmark.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One agency node's REST API as one development user sees it (HTTP Basic). Uploads stream the
 * file from disk ({@link BodyPublishers#ofFile}) between the multipart head and tail, so neither
 * side holds the file in memory. A request the node did not accept a connection for (it is being
 * restarted) is sent again once the node is back, for up to {@link #RECONNECT_WAIT}; such waits
 * are counted ({@link #reconnects()}).
 */
public final class NodeClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Duration RECONNECT_WAIT = Duration.ofMinutes(3);

    private final HttpClient http;
    private final String baseUrl;
    private final String authorization;
    private final AtomicLong reconnects = new AtomicLong();

    public NodeClient(HttpClient http, int apiPort, String user, String password) {
        this.http = http;
        this.baseUrl = "http://127.0.0.1:" + apiPort;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** One client for all users and threads: HTTP/1.1, as a browser or curl would upload. */
    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A reply: status and the JSON body (or {"raw": text} when it is not JSON). */
    public record Reply(int status, JsonNode body) {
        public String text(String field) {
            return body.path(field).asText();
        }

        public Reply expect(int... statuses) {
            for (int s : statuses) {
                if (s == status) {
                    return this;
                }
            }
            throw new IllegalStateException("HTTP " + status + ": " + abbreviate(body.toString()));
        }
    }

    private static Map<String, String> fields(String caseRef, String title) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("caseRef", caseRef);
        fields.put("title", title);
        return fields;
    }

    /** POST /api/evidence: caseRef and title first, then the file streamed from disk. */
    public Reply upload(String caseRef, String title, String fileName, String mediaType, Path file) {
        try {
            return uploadTo("/api/evidence", fields(caseRef, title), fileName, mediaType,
                    BodyPublishers.ofFile(file));
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("no file to upload: " + file, e);
        }
    }

    public Reply upload(String caseRef, String title, String fileName, String mediaType, byte[] content) {
        return uploadTo("/api/evidence", fields(caseRef, title), fileName, mediaType,
                BodyPublishers.ofByteArray(content));
    }

    /**
     * The same upload with the file as the whole body ({@code application/octet-stream}) and its
     * fields in the query string: the node reads it without scanning for a multipart boundary.
     */
    public Reply uploadBody(String caseRef, String title, String fileName, String mediaType, Path file) {
        String query = "?caseRef=" + encode(caseRef) + "&title=" + encode(title) + "&fileName=" + encode(fileName)
                + "&mediaType=" + encode(mediaType);
        try {
            return send(request("/api/evidence" + query).header("Content-Type", "application/octet-stream")
                    .POST(BodyPublishers.ofFile(file)));
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("no file to upload: " + file, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** POST /api/verifications: which ledger items have this file's hashes (nothing is stored). */
    public Reply verifyFile(String fileName, String mediaType, byte[] content) {
        return uploadTo("/api/verifications", Map.of(), fileName, mediaType, BodyPublishers.ofByteArray(content));
    }

    /**
     * POST /api/leads: starts the sender's lead-transfer process for these items (which the
     * ledger then grants to the receiver); 202 with the lead's id.
     */
    public Reply transferLead(String receiverAgency, List<String> evidenceIds, String summary) {
        ObjectNode request = JSON.createObjectNode().put("receiverAgency", receiverAgency);
        evidenceIds.forEach(request.putArray("evidenceIds")::add);
        request.put("summary", summary);
        return send(request("/api/leads").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(request.toString())));
    }

    /** GET /api/leads/{id}: the lead as this node sees it, with its process ({@link LeadViews}). */
    public Reply lead(String leadId) {
        return get("/api/leads/" + leadId);
    }

    /** GET /api/evidence/{id}/verification: re-hash against the ledger, records VERIFIED. */
    public Reply verify(String evidenceId) {
        return get("/api/evidence/" + evidenceId + "/verification");
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    private Reply uploadTo(String path, Map<String, String> fields, String fileName, String mediaType,
            BodyPublisher file) {
        String boundary = Multipart.newBoundary();
        BodyPublisher body = BodyPublishers.concat(
                BodyPublishers.ofByteArray(Multipart.head(boundary, fields, fileName, mediaType)),
                file,
                BodyPublishers.ofByteArray(Multipart.tail(boundary)));
        return send(request(path).header("Content-Type", Multipart.contentType(boundary)).POST(body));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(30))
                .header("Authorization", authorization);
    }

    /** Requests that found the node not listening and were sent again once it was back. */
    public long reconnects() {
        return reconnects.get();
    }

    private Reply send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        long deadline = System.nanoTime() + RECONNECT_WAIT.toNanos();
        try {
            while (true) {
                try {
                    HttpResponse<byte[]> response = http.send(request, BodyHandlers.ofByteArray());
                    byte[] bytes = response.body();
                    return new Reply(response.statusCode(), bytes.length == 0 ? JSON.createObjectNode() : parse(bytes));
                } catch (ConnectException notListening) {
                    // Nothing was sent: safe to send again, also a POST.
                    if (System.nanoTime() > deadline) {
                        throw notListening;
                    }
                    reconnects.incrementAndGet();
                    Thread.sleep(1000);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException notJson) {
            return JSON.createObjectNode().put("raw", new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
