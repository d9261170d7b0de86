package cn.procuratorate.evidence.node.exchange.internal;

import cn.procuratorate.evidence.node.agency.ConsortiumMember;
import cn.procuratorate.evidence.node.exchange.ExchangeSettings;
import cn.procuratorate.evidence.node.exchange.OwnerNodes;
import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.net.ssl.SSLContext;

/** Reaches owners' exchange connectors over HTTPS with this node's certificate. */
final class HttpsOwnerNodes implements OwnerNodes {

  private static final int MAX_PROBLEM_BYTES = 16 * 1024;

  private final HttpClient client;
  private final ExchangeSettings settings;
  private final ObjectMapper json;

  HttpsOwnerNodes(SSLContext tls, ExchangeSettings settings, ObjectMapper json) {
    this.client = HttpClient.newBuilder()
        .sslContext(tls)
        .connectTimeout(settings.connectTimeout())
        .version(HttpClient.Version.HTTP_1_1)
        .build();
    this.settings = settings;
    this.json = json;
  }

  @Override
  public InputStream open(ConsortiumMember owner, String evidenceId) {
    URI uri = endpointOf(owner).resolve("/exchange/evidence/" + evidenceId);
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.responseTimeout()).GET().build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new EvidenceProblem(ProblemKind.OWNER_NODE_UNREACHABLE,
          "cannot reach the node of " + owner.mspId() + " at " + uri.getAuthority() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EvidenceProblem(ProblemKind.OWNER_NODE_UNREACHABLE, "interrupted", e);
    }
    if (response.statusCode() == 200) {
      return response.body();
    }
    throw refusal(owner, response);
  }

  private URI endpointOf(ConsortiumMember owner) {
    URI configured = settings.endpoints().get(owner.agency());
    if (configured != null) {
      return configured;
    }
    if (owner.exchangePort() <= 0) {
      throw new EvidenceProblem(ProblemKind.OWNER_NODE_UNREACHABLE,
          "the profile of " + owner.agency() + " names no exchange port");
    }
    return URI.create("https://" + settings.peerHost() + ":" + owner.exchangePort());
  }

  /** Passes on the owner's own problem detail, under a status that says it was the owner. */
  private EvidenceProblem refusal(ConsortiumMember owner, HttpResponse<InputStream> response) {
    String detail = "";
    String code = null;
    try (InputStream body = response.body()) {
      JsonNode problem = json.readTree(body.readNBytes(MAX_PROBLEM_BYTES));
      detail = problem.path("detail").asText("");
      code = problem.path("code").asText(null);
    } catch (IOException | RuntimeException e) {
      detail = "(no readable problem detail)";
    }
    ProblemKind kind = switch (response.statusCode()) {
      case 403 -> ProblemKind.NO_GRANT;
      case 404 -> ProblemKind.EVIDENCE_NOT_FOUND;
      default -> ProblemKind.OWNER_NODE_REFUSED;
    };
    return new EvidenceProblem(kind,
        "the node of " + owner.mspId() + " answered " + response.statusCode() + ": " + detail)
        .with("ownerStatus", response.statusCode())
        .with("ownerCode", code);
  }
}
