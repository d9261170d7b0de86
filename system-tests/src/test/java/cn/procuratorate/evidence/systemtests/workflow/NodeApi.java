package cn.procuratorate.evidence.systemtests.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Predicate;

/** One node's REST API as its users call it (HTTP Basic with the development users). */
final class NodeApi {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A response: its status and its JSON body (a missing node when there is none). */
  record Answer(int status, JsonNode body) {
    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  private final URI base;

  NodeApi(URI base) {
    this.base = base;
  }

  Answer get(String path, String user) {
    return send(request(path, user).GET());
  }

  Answer post(String path, String user, String json) {
    return send(request(path, user).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
  }

  /** Uploads a text file as evidence and returns its id once the node answered (anchored or pending). */
  String upload(String user, String caseRef, String text) {
    String boundary = "----it" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"caseRef\"\r\n\r\n" + caseRef + "\r\n");
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n");
    Answer answer = send(request("/api/evidence", user)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    if (answer.status() != 201) {
      throw new AssertionError("upload not anchored: " + answer);
    }
    return answer.body().path("evidenceId").asText();
  }

  /** Polls a GET until the body satisfies the condition, or fails with the last answer. */
  JsonNode await(String path, String user, Duration timeout, Predicate<JsonNode> condition) {
    Instant deadline = Instant.now().plus(timeout);
    Answer last = null;
    while (Instant.now().isBefore(deadline)) {
      last = get(path, user);
      if (last.status() == 200 && condition.test(last.body())) {
        return last.body();
      }
      pause(100);
    }
    throw new AssertionError("GET " + path + " did not reach the expected state in " + timeout + "; last: " + last);
  }

  /** The user's open task of this kind for a lead or supervision, waiting for it to appear. */
  JsonNode awaitTask(String user, String businessKey, String taskKey, Duration timeout) {
    JsonNode tasks = await("/api/tasks", user, timeout, list -> find(list, businessKey, taskKey) != null);
    return find(tasks, businessKey, taskKey);
  }

  static JsonNode find(JsonNode tasks, String businessKey, String taskKey) {
    for (JsonNode task : tasks) {
      if (businessKey.equals(task.path("businessKey").asText()) && taskKey.equals(task.path("taskKey").asText())) {
        return task;
      }
    }
    return null;
  }

  private HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    if (user != null) {
      String credentials = user + ":" + user + "-pass";
      builder.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  private static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      JsonNode body = text == null || text.isBlank() ? JSON.missingNode() : JSON.readTree(text);
      return new Answer(response.statusCode(), body);
    } catch (IOException e) {
      throw new AssertionError("request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
