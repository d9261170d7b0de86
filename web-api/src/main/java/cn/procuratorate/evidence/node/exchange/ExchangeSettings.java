package cn.procuratorate.evidence.node.exchange;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code evidence.exchange.*}.
 *
 * @param port this node's exchange connector; from the profile's {@code node.exchangePort}, 0 = off
 * @param peerHost where other agencies' nodes listen when {@code endpoints} does not say (the
 *     profiles give ports only; locally every node is on loopback)
 * @param endpoints base URLs of other agencies' exchange connectors by short name, e.g.
 *     {@code evidence.exchange.endpoints.police=https://node.police.example:7209}
 * @param clientNamePrefix the common name a calling node's certificate must start with
 *     ({@code node.}, as the consortium issues them); blank accepts any certificate of a member's
 *     TLS CA
 * @param connectTimeout connecting to an owner's node
 * @param responseTimeout until the owner's node answers; it hashes the whole item before it
 *     sends the first byte, so this must cover reading the largest item once
 */
@ConfigurationProperties("evidence.exchange")
public record ExchangeSettings(
    @DefaultValue("0") int port,
    @DefaultValue("127.0.0.1") String peerHost,
    Map<String, URI> endpoints,
    @DefaultValue("node.") String clientNamePrefix,
    @DefaultValue("10s") Duration connectTimeout,
    @DefaultValue("10m") Duration responseTimeout) {

  public ExchangeSettings {
    endpoints = endpoints == null ? Map.of() : Map.copyOf(endpoints);
  }

  public boolean enabled() {
    return port > 0;
  }
}
