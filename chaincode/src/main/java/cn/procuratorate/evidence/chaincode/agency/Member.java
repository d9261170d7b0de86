package cn.procuratorate.evidence.chaincode.agency;

import cn.procuratorate.evidence.chaincode.support.Caller;
import cn.procuratorate.evidence.ledger.model.Agency;
import cn.procuratorate.evidence.ledger.model.AgencyKind;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import org.hyperledger.fabric.contract.Context;

/** A caller whose agency is registered: the precondition of every evidence, lead and supervision transaction. */
public record Member(Caller caller, Agency agency) {

    public static Member authenticate(Context ctx, AgencyDirectory agencies) {
        Caller caller = Caller.identify(ctx);
        Agency agency = agencies.find(caller.mspId()).orElseThrow(() -> new LedgerRefusal(ErrorCode.UNKNOWN_AGENCY,
                "the caller's agency " + caller.mspId() + " is not registered"));
        return new Member(caller, agency);
    }

    public String mspId() {
        return agency.mspId();
    }

    public Member requireKind(AgencyKind kind) {
        if (agency.kind() != kind) {
            throw LedgerRefusal.forbidden("only a " + kind + " may do this, " + mspId() + " is a " + agency.kind());
        }
        return this;
    }
}
