package cn.procuratorate.evidence.node.agency;

import java.nio.file.Path;

/**
 * One member agency as its connection profile describes it.
 *
 * @param exchangePort its node's mutual-TLS exchange port, or 0 when its profile has no node
 * @param nodeTlsCaCertPath the TLS CA that issues its node's certificates, or {@code null}
 */
public record ConsortiumMember(
    String agency, String mspId, String displayName, int exchangePort, Path nodeTlsCaCertPath) {}
