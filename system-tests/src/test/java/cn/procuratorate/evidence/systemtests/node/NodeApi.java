package cn.procuratorate.evidence.systemtests.node;

import cn.procuratorate.evidence.ledger.profile.ProfileDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * One agency node's REST API as one of its seeded development users sees it (HTTP Basic,
 * password {@code <user>-pass}). Without a user, requests go unauthenticated.
 */
public final class NodeApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private final URI base;
    private final String authorization;

    private NodeApi(URI base, String user) {
        this.base = base;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user + "-pass").getBytes(StandardCharsets.UTF_8));
    }

    /** The node of the running consortium (network/nodes-up), ports from the connection profile. */
    public static NodeApi of(String agency, String user) {
        int port = ProfileDirectory.locate().agency(agency).requireNode().apiPort();
        return at(URI.create("http://127.0.0.1:" + port), user);
    }

    /** A node at another address (the workflow tests run their own nodes). */
    public static NodeApi at(URI base, String user) {
        return new NodeApi(base, user);
    }

    /** The same node as another user. */
    public NodeApi as(String user) {
        return new NodeApi(base, user);
    }

    public record Reply(int status, JsonNode body, HttpResponse<?> raw) {
        public String text(String field) {
            return body.path(field).asText();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** Multipart upload: the text fields first, the file last (the node streams it). */
    public Reply upload(String caseRef, String fileName, String mediaType, Path file) {
        try {
            return sendForm(caseRef, fileName, mediaType, BodyPublishers.ofFile(file));
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("no file to upload: " + file, e);
        }
    }

    public Reply upload(String caseRef, String fileName, String mediaType, byte[] content) {
        return sendForm(caseRef, fileName, mediaType, BodyPublishers.ofByteArray(content));
    }

    private Reply sendForm(String caseRef, String fileName, String mediaType, BodyPublisher file) {
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

    /** The file as the whole body, its metadata in the query string (no multipart boundary). */
    public Reply uploadBody(String caseRef, String fileName, String mediaType, Path file) {
        try {
            return sendRawBody(caseRef, fileName, mediaType, BodyPublishers.ofFile(file));
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("no file to upload: " + file, e);
        }
    }

    /**
     * Declares a raw-body upload of {@code declaredBytes} with {@code Expect: 100-continue}, sends
     * no body, and returns the first status line the node answers (within 30 s): a node that
     * refuses on the headers answers with the refusal, one that wants the body with
     * "HTTP/1.1 100". On a plain socket because the JDK 17 HttpClient waits forever when the
     * answer to an expect-continue request is not 100 (JDK-8286171).
     */
    public String statusLineForDeclaredUpload(String caseRef, String fileName, String mediaType, long declaredBytes) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST /api/evidence" + query(caseRef, fileName, mediaType) + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                    + "Content-Type: application/octet-stream\r\n"
                    + "Content-Length: " + declaredBytes + "\r\n"
                    + "Expect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader answer = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            return answer.readLine();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Reply sendRawBody(String caseRef, String fileName, String mediaType, BodyPublisher body) {
        return send(request("/api/evidence" + query(caseRef, fileName, mediaType))
                .header("Content-Type", "application/octet-stream").POST(body));
    }

    private static String query(String caseRef, String fileName, String mediaType) {
        return "?caseRef=" + encode(caseRef) + "&fileName=" + encode(fileName) + "&mediaType=" + encode(mediaType);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Uploads a text note as evidence and returns its id; fails unless the node anchored it (201). */
    public String uploadText(String caseRef, String text) {
        Reply reply = upload(caseRef, "note.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
        if (reply.status() != 201) {
            throw new AssertionError("upload not anchored: " + reply);
        }
        return reply.text("evidenceId");
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A JSON body; {@code null} sends an empty one (actions without parameters). */
    public Reply postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json == null ? "" : json)));
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

    /** Polls a GET until the body satisfies the condition, or fails with the last answer. */
    public JsonNode await(String path, Duration timeout, Predicate<JsonNode> condition) {
        Instant deadline = Instant.now().plus(timeout);
        Reply last = null;
        while (Instant.now().isBefore(deadline)) {
            last = get(path);
            if (last.status() == 200 && condition.test(last.body())) {
                return last.body();
            }
            pause(POLL_INTERVAL);
        }
        throw new AssertionError("GET " + path + " did not reach the expected state in " + timeout + "; last: " + last);
    }

    /** This user's open task of this kind for a lead or supervision, waiting for it to appear. */
    public JsonNode awaitTask(String businessKey, String taskKey, Duration timeout) {
        return findTask(await("/api/tasks", timeout, tasks -> findTask(tasks, businessKey, taskKey) != null),
                businessKey, taskKey);
    }

    private static JsonNode findTask(JsonNode tasks, String businessKey, String taskKey) {
        for (JsonNode task : tasks) {
            if (businessKey.equals(task.path("businessKey").asText()) && taskKey.equals(task.path("taskKey").asText())) {
                return task;
            }
        }
        return null;
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5));
        return authorization == null ? builder : builder.header("Authorization", authorization);
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
