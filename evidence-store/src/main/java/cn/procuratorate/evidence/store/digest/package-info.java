/**
 * SHA-256 and SM3 of one stream, computed in a single pass. The evidence store hashes every
 * upload and every verified read with these; other modules use them for verify-by-file.
 *
 * <p>SM3 (Bouncy Castle) runs at roughly 200 MB/s a core, several times slower than the JDK's
 * SHA-256, so for content beyond the first chunk it is hashed on a helper thread while the
 * reading thread carries on (see {@link DualDigestInputStream}).
 */
package cn.procuratorate.evidence.store.digest;
