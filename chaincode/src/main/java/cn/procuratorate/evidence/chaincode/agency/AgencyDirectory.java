package cn.procuratorate.evidence.chaincode.agency;

import cn.procuratorate.evidence.chaincode.support.Keys;
import cn.procuratorate.evidence.chaincode.support.LedgerState;
import cn.procuratorate.evidence.ledger.model.Agency;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.LedgerInput;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import java.util.List;
import java.util.Optional;

/** Registered agencies, one key each ({@code agency/<mspId>}). */
public final class AgencyDirectory {

    private final LedgerState state;

    public AgencyDirectory(LedgerState state) {
        this.state = state;
    }

    public Optional<Agency> find(String mspId) {
        return state.read(state.key(Keys.AGENCY, mspId), Agency.class);
    }

    /** The agency a request names; validates the MSP id's form first. */
    public Agency require(String field, String mspId) {
        LedgerInput.requireMspId(field, mspId);
        return find(mspId).orElseThrow(() ->
                new LedgerRefusal(ErrorCode.UNKNOWN_AGENCY, field + " " + mspId + " is not a registered agency"));
    }

    public List<Agency> all() {
        return state.readAll(Agency.class, Keys.AGENCY);
    }

    void save(Agency agency) {
        state.write(state.key(Keys.AGENCY, agency.mspId()), agency);
    }
}
