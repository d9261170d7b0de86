package cn.procuratorate.evidence.ledger.client;

import cn.procuratorate.evidence.ledger.model.Agency;
import cn.procuratorate.evidence.ledger.model.AgencyKind;
import cn.procuratorate.evidence.ledger.model.LedgerContracts.Agencies;
import cn.procuratorate.evidence.ledger.model.LedgerInput;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The consortium's member agencies as registered on the ledger. */
public final class AgencyDirectory {
    private final LedgerTransactions transactions;

    AgencyDirectory(LedgerTransactions transactions) {
        this.transactions = transactions;
    }

    /** Registers the calling agency (its administrator's identity); the same again is a no-op. */
    public Committed<Agency> register(String mspId, String name, AgencyKind kind) {
        LedgerInput.requireMspId("mspId", mspId);
        LedgerInput.requireNonBlankText("name", name, LedgerInput.MAX_NAME_LENGTH);
        Objects.requireNonNull(kind, "kind");
        return transactions.submit(Agency.class, Agencies.NAME, Agencies.REGISTER_AGENCY, mspId, name, kind.name());
    }

    public Optional<Agency> find(String mspId) {
        LedgerInput.requireMspId("mspId", mspId);
        return transactions.evaluateOptional(Agency.class, Agencies.NAME, Agencies.GET_AGENCY, mspId);
    }

    public List<Agency> list() {
        return transactions.evaluateList(Agency.class, Agencies.NAME, Agencies.LIST_AGENCIES);
    }
}
