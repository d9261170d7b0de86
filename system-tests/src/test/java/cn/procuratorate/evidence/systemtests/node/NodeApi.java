package cn.procuratorate.evidence.systemtests.node;

import cn.procuratorate.evidence.ledger.profile.ProfileDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
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
import java.util.UUID;

/** One agency node's REST API as one of its seeded development users sees it. */
public final class NodeApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String authorization;

    private NodeApi(String baseUrl, String user) {
        this.baseUrl = baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user + "-pass").getBytes(StandardCharsets.UTF_8));
    }

    public static NodeApi of(String agency, String user) {
        int port = ProfileDirectory.locate().agency(agency).requireNode().apiPort();
        return new NodeApi("http://127.0.0.1:" + port, user);
    }

    public record Reply(int status, JsonNode body, HttpResponse<?> raw) {
        public String text(String field) {
            return body.path(field).asText();
        }
    }

    /** Multipart upload: the text fields first, the file last (the node streams it). */
    public Reply upload(String caseRef, String fileName, String mediaType, Path file) {
        try {
            return uploadBody(caseRef, fileName, mediaType, BodyPublishers.ofFile(file));
        } catch (java.io.FileNotFoundException e) {
            throw new IllegalArgumentException("no file to upload: " + file, e);
        }
    }

    public Reply upload(String caseRef, String fileName, String mediaType, byte[] content) {
        return uploadBody(caseRef, fileName, mediaType, BodyPublishers.ofByteArray(content));
    }

    private Reply uploadBody(String caseRef, String fileName, String mediaType, BodyPublisher file) {
        String boundary = "----evidence" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"caseRef\"\r\n\r\n" + caseRef + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + mediaType + "\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        BodyPublisher body = BodyPublishers.concat(BodyPublishers.ofString(head, StandardCharsets.UTF_8), file,
                BodyPublishers.ofString(tail, StandardCharsets.UTF_8));
        return send(request("/api/evidence").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(body));
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** The raw content stream; callers close it. */
    public HttpResponse<InputStream> download(String evidenceId) {
        try {
            return HTTP.send(request("/api/evidence/" + evidenceId + "/content").GET().build(), BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", authorization);
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), BodyHandlers.ofByteArray());
            byte[] bytes = response.body();
            JsonNode body = bytes.length == 0 ? JSON.createObjectNode() : parse(bytes);
            return new Reply(response.statusCode(), body, response);
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
}
