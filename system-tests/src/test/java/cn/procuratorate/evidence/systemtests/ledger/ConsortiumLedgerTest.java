package cn.procuratorate.evidence.systemtests.ledger;

import cn.procuratorate.evidence.ledger.client.LedgerConnection;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Set-up shared by the ledger-level workflow tests: one {@link ConsortiumLedgers} per test class,
 * its event checkpoint in a fresh directory, closed after the class.
 */
abstract class ConsortiumLedgerTest {

    @TempDir
    static Path checkpoints;

    static ConsortiumLedgers ledgers;

    @BeforeAll
    static void connect() {
        ledgers = ConsortiumLedgers.connect(checkpoints);
    }

    @AfterAll
    static void close() {
        if (ledgers != null) {
            ledgers.close();
            ledgers = null;
        }
    }

    static LedgerConnection police() {
        return ledgers.police();
    }

    static LedgerConnection procuratorate() {
        return ledgers.procuratorate();
    }
}
