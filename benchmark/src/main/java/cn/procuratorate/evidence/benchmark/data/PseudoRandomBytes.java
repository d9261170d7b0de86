package cn.procuratorate.evidence.benchmark.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Deterministic pseudo-random bytes (xorshift64*): incompressible, different per seed, so no
 * layer can shortcut them by compression or deduplication.
 */
public final class PseudoRandomBytes extends InputStream {
    private static final int BLOCK = 64 * 1024;

    private final long length;
    private final byte[] block = new byte[BLOCK];
    private long state;
    private long position;
    private int blockPosition = BLOCK;

    private PseudoRandomBytes(long seed, long length) {
        this.state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
        this.length = length;
    }

    public static InputStream stream(long seed, long length) {
        return new PseudoRandomBytes(seed, length);
    }

    public static byte[] bytes(long seed, int length) {
        byte[] out = new byte[length];
        PseudoRandomBytes in = new PseudoRandomBytes(seed, length);
        int offset = 0;
        while (offset < length) {
            offset += in.read(out, offset, length - offset);
        }
        return out;
    }

    /** Writes a file of {@code length} bytes, which also leaves it in the page cache for every contender. */
    public static Path file(Path directory, long seed, long length) throws IOException {
        Path file = Files.createTempFile(directory, "bench-" + seed + "-", ".bin");
        try (InputStream in = stream(seed, length); OutputStream out = Files.newOutputStream(file)) {
            in.transferTo(out);
        }
        return file;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (position >= length) {
            return -1;
        }
        if (count == 0) {
            return 0;
        }
        if (blockPosition == BLOCK) {
            refill();
        }
        int n = (int) Math.min(Math.min(count, BLOCK - blockPosition), length - position);
        System.arraycopy(block, blockPosition, buffer, offset, n);
        blockPosition += n;
        position += n;
        return n;
    }

    private void refill() {
        for (int i = 0; i < BLOCK; i += 8) {
            state ^= state >>> 12;
            state ^= state << 25;
            state ^= state >>> 27;
            long value = state * 0x2545F4914F6CDD1DL;
            for (int b = 0; b < 8; b++) {
                block[i + b] = (byte) (value >>> (8 * b));
            }
        }
        blockPosition = 0;
    }
}
