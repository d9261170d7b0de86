package cn.procuratorate.evidence.node.storage;

import java.io.InputStream;

/**
 * Stored bytes that matched the ledger's hashes when opened and are hashed again while read: the
 * stream fails with an {@link java.io.IOException} before its last byte if they do not match.
 */
public record VerifiedContent(InputStream stream, long size, String mediaType) {}
