package cn.procuratorate.evidence.ledger.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hyperledger.fabric.client.FileCheckpointer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileCheckpointerTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("events").resolve("checkpoint.json");
    }

    @Nested
    class Position {
        @Test
        void startsEmptyWithoutAFileAndCreatesItsDirectory() throws IOException {
            try (AtomicFileCheckpointer checkpointer = AtomicFileCheckpointer.open(file())) {
                assertThat(checkpointer.getBlockNumber()).isEmpty();
                assertThat(checkpointer.getTransactionId()).isEmpty();
            }
            assertThat(dir.resolve("events")).isDirectory();
        }

        @Test
        void survivesAReopenAfterATransaction() throws IOException {
            try (AtomicFileCheckpointer checkpointer = AtomicFileCheckpointer.open(file())) {
                checkpointer.checkpointTransaction(7, "tx-a");
                checkpointer.checkpointTransaction(9, "tx-b");
            }
            try (AtomicFileCheckpointer reopened = AtomicFileCheckpointer.open(file())) {
                assertThat(reopened.getBlockNumber()).hasValue(9);
                assertThat(reopened.getTransactionId()).contains("tx-b");
            }
        }

        @Test
        void aFinishedBlockMeansResumeAtTheNextOneWithNoTransaction() throws IOException {
            try (AtomicFileCheckpointer checkpointer = AtomicFileCheckpointer.open(file())) {
                checkpointer.checkpointTransaction(4, "tx-a");
                checkpointer.checkpointBlock(4);

                assertThat(checkpointer.getBlockNumber()).hasValue(5);
                assertThat(checkpointer.getTransactionId()).isEmpty();
            }
        }

        @Test
        void writesTheFormatFabricGatewaysOwnCheckpointerReads() throws IOException {
            try (AtomicFileCheckpointer checkpointer = AtomicFileCheckpointer.open(file())) {
                checkpointer.checkpointTransaction(11, "tx-c");
            }
            try (FileCheckpointer fabrics = new FileCheckpointer(file())) {
                assertThat(fabrics.getBlockNumber()).hasValue(11);
                assertThat(fabrics.getTransactionId()).contains("tx-c");
            }
        }
    }

    @Nested
    class Atomicity {
        @Test
        void leavesNoTemporaryFileBehindAfterAWrite() throws IOException {
            try (AtomicFileCheckpointer checkpointer = AtomicFileCheckpointer.open(file())) {
                checkpointer.checkpointTransaction(1, "tx-a");
            }
            try (var files = Files.list(file().getParent())) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .containsExactlyInAnyOrder("checkpoint.json", "checkpoint.json.lock");
            }
        }

        @Test
        void aWriteCutShortBeforeItsRenameLeavesThePreviousCheckpointIntact() throws IOException {
            try (AtomicFileCheckpointer checkpointer = AtomicFileCheckpointer.open(file())) {
                checkpointer.checkpointTransaction(20, "tx-old");
            }
            // What a crash in the middle of the next write leaves: a torn temporary file.
            Files.writeString(file().resolveSibling("checkpoint.json.tmp"), "{\"blockNumber\":2");

            try (AtomicFileCheckpointer reopened = AtomicFileCheckpointer.open(file())) {
                assertThat(reopened.getBlockNumber()).hasValue(20);
                assertThat(reopened.getTransactionId()).contains("tx-old");
            }
            assertThat(file().resolveSibling("checkpoint.json.tmp")).doesNotExist();
        }

        @Test
        void refusesToGuessWhenTheCheckpointItselfIsDamaged() throws IOException {
            Files.createDirectories(file().getParent());
            Files.writeString(file(), "{\"blockNumber\":");

            assertThatThrownBy(() -> AtomicFileCheckpointer.open(file()))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("refusing to guess where to resume");
        }

        @Test
        void refusesABlockNumberThatIsNotAnInteger() throws IOException {
            Files.createDirectories(file().getParent());
            Files.writeString(file(), "{\"blockNumber\":\"twelve\"}");

            assertThatThrownBy(() -> AtomicFileCheckpointer.open(file())).hasMessageContaining("not an integer");
        }
    }

    @Nested
    class Lock {
        @Test
        void asecondStreamCannotUseACheckpointInUse() throws IOException {
            try (AtomicFileCheckpointer first = AtomicFileCheckpointer.open(file())) {
                assertThatThrownBy(() -> AtomicFileCheckpointer.open(file()))
                        .isInstanceOf(IOException.class)
                        .hasMessageContaining("in use by another event stream");
            }
            try (AtomicFileCheckpointer afterClose = AtomicFileCheckpointer.open(file())) {
                assertThat(afterClose.getBlockNumber()).isEmpty();
            }
        }
    }
}
