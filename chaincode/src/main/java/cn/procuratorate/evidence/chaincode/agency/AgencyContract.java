package cn.procuratorate.evidence.chaincode.agency;

import static cn.procuratorate.evidence.chaincode.support.Refusals.translate;

import cn.procuratorate.evidence.chaincode.support.Caller;
import cn.procuratorate.evidence.chaincode.support.LedgerState;
import cn.procuratorate.evidence.ledger.model.Agency;
import cn.procuratorate.evidence.ledger.model.AgencyKind;
import cn.procuratorate.evidence.ledger.model.CanonicalJson;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.LedgerContracts;
import cn.procuratorate.evidence.ledger.model.LedgerEvent;
import cn.procuratorate.evidence.ledger.model.LedgerEvents;
import cn.procuratorate.evidence.ledger.model.LedgerInput;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import java.util.Arrays;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Agencies register themselves: an agency's administrator registers its own MSP id, nobody else's.
 * That keeps the directory in the hands of the members without a super-user.
 */
@Contract(name = LedgerContracts.Agencies.NAME,
        info = @Info(title = "Agency directory", description = "Consortium members and their kind", version = "1"))
public class AgencyContract implements ContractInterface {

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String registerAgency(Context ctx, String mspId, String name, String kind) {
        return translate(() -> {
            Caller caller = Caller.identify(ctx).requireAdmin();
            LedgerInput.requireMspId("mspId", mspId);
            LedgerInput.requireNonBlankText("name", name, LedgerInput.MAX_NAME_LENGTH);
            AgencyKind agencyKind = parseKind(kind);
            if (!mspId.equals(caller.mspId())) {
                throw LedgerRefusal.forbidden("an agency registers itself: " + caller.mspId() + " may not register "
                        + mspId);
            }
            LedgerState state = new LedgerState(ctx.getStub());
            AgencyDirectory agencies = new AgencyDirectory(state);
            Agency agency = new Agency(Agency.SCHEMA_VERSION, mspId, name, agencyKind, state.txTime(), state.txId());
            Agency existing = agencies.find(mspId).orElse(null);
            if (existing != null) {
                if (existing.describesSameAgencyAs(agency)) {
                    return CanonicalJson.toJson(existing);
                }
                throw new LedgerRefusal(ErrorCode.CONFLICT, mspId + " is registered already as " + existing.name()
                        + " (" + existing.kind() + ")");
            }
            agencies.save(agency);
            state.emit(LedgerEvent.ofAgency(LedgerEvents.AGENCY_REGISTERED, agency));
            return CanonicalJson.toJson(agency);
        });
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getAgency(Context ctx, String mspId) {
        return translate(() -> {
            Caller.identify(ctx);
            LedgerInput.requireMspId("mspId", mspId);
            Agency agency = new AgencyDirectory(new LedgerState(ctx.getStub())).find(mspId)
                    .orElseThrow(() -> LedgerRefusal.notFound("no agency " + mspId));
            return CanonicalJson.toJson(agency);
        });
    }

    /** All registered agencies, ordered by MSP id. Open to callers whose agency is not registered yet. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listAgencies(Context ctx) {
        return translate(() -> {
            Caller.identify(ctx);
            return CanonicalJson.toJson(new AgencyDirectory(new LedgerState(ctx.getStub())).all());
        });
    }

    private static AgencyKind parseKind(String kind) {
        for (AgencyKind candidate : AgencyKind.values()) {
            if (candidate.name().equals(kind)) {
                return candidate;
            }
        }
        throw LedgerRefusal.invalid("kind must be one of " + Arrays.toString(AgencyKind.values()));
    }
}
