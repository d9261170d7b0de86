package cn.procuratorate.evidence.ledger.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalLong;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.Checkpointer;

/**
 * A checkpoint file that is always either the previous position or the new one, never a torn
 * mix: each checkpoint is written to a temporary file, forced to disk, then renamed over the old
 * one. (fabric-gateway's own {@code FileCheckpointer} rewrites the file in place, so a crash in
 * the middle of a write can leave a truncated file and lose the position.)
 *
 * <p>A lock file keeps a second process from consuming events under the same checkpoint, which
 * would make both of them skip what the other handled.
 *
 * <p>Format, compatible with fabric-gateway's: {@code {"blockNumber":12,"transactionId":"…"}},
 * meaning "resume in block 12 after that transaction".
 */
final class AtomicFileCheckpointer implements Checkpointer, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Path temporary;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private OptionalLong blockNumber = OptionalLong.empty();
    private Optional<String> transactionId = Optional.empty();

    private AtomicFileCheckpointer(Path file, FileChannel lockChannel, FileLock lock) {
        this.file = file;
        this.temporary = file.resolveSibling(file.getFileName() + ".tmp");
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens (or creates) the checkpoint at {@code file} and locks it for this process. */
    static AtomicFileCheckpointer open(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path lockFile = absolute.resolveSibling(absolute.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("Checkpoint " + absolute + " is in use by another event stream (" + lockFile + ")");
        }
        AtomicFileCheckpointer checkpointer = new AtomicFileCheckpointer(absolute, channel, lock);
        try {
            checkpointer.load();
        } catch (IOException | RuntimeException e) {
            checkpointer.close();
            throw e;
        }
        return checkpointer;
    }

    private void load() throws IOException {
        // A leftover temporary file is a write that never got renamed: the real file still holds
        // the last complete checkpoint.
        Files.deleteIfExists(temporary);
        if (!Files.exists(file)) {
            return;
        }
        JsonNode json;
        try {
            json = JSON.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IOException("Checkpoint " + file + " is unreadable; refusing to guess where to resume: "
                    + e.getMessage(), e);
        }
        if (json == null || !json.isObject()) {
            throw new IOException("Checkpoint " + file + " is not a JSON object; refusing to guess where to resume");
        }
        JsonNode block = json.get("blockNumber");
        JsonNode tx = json.get("transactionId");
        if (block != null && !block.canConvertToExactIntegral()) {
            throw new IOException("Checkpoint " + file + " has a blockNumber that is not an integer: " + block);
        }
        blockNumber = block == null ? OptionalLong.empty() : OptionalLong.of(block.asLong());
        transactionId = tx == null || tx.isNull() ? Optional.empty() : Optional.of(tx.asText());
    }

    @Override
    public synchronized void checkpointBlock(long block) throws IOException {
        save(block + 1, null);
    }

    @Override
    public synchronized void checkpointTransaction(long block, String txId) throws IOException {
        save(block, txId);
    }

    @Override
    public void checkpointChaincodeEvent(ChaincodeEvent event) throws IOException {
        checkpointTransaction(event.getBlockNumber(), event.getTransactionId());
    }

    @Override
    public synchronized OptionalLong getBlockNumber() {
        return blockNumber;
    }

    @Override
    public synchronized Optional<String> getTransactionId() {
        return transactionId;
    }

    private void save(long block, String txId) throws IOException {
        ObjectNode json = JSON.createObjectNode();
        json.put("blockNumber", block);
        if (txId != null) {
            json.put("transactionId", txId);
        }
        writeDurably(temporary, JSON.writeValueAsBytes(json));
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The file system of " + file + " cannot rename atomically; keep checkpoints elsewhere", e);
        }
        syncDirectory(file.getParent());
        blockNumber = OptionalLong.of(block);
        transactionId = Optional.ofNullable(txId);
    }

    private static void writeDurably(Path path, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Makes the rename itself durable; without it a power cut can bring the old file back. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UncheckedIOException e) {
            // Some platforms cannot open directories; the rename is still atomic there.
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            lockChannel.close();
        }
    }
}
