package cn.procuratorate.evidence.chaincode.lead;

import static cn.procuratorate.evidence.chaincode.support.Refusals.translate;

import cn.procuratorate.evidence.chaincode.support.Requests;
import cn.procuratorate.evidence.ledger.model.CanonicalJson;
import cn.procuratorate.evidence.ledger.model.LeadSubmission;
import cn.procuratorate.evidence.ledger.model.LedgerContracts;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** Lead transfer between agencies; every transaction returns the lead as it is afterwards. */
@Contract(name = LedgerContracts.Leads.NAME,
        info = @Info(title = "Lead transfer", description = "线索移送 between agencies", version = "1"))
public class LeadContract implements ContractInterface {

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String submitLead(Context ctx, String requestJson) {
        return translate(() -> {
            LeadTransfer transfer = LeadTransfer.forCaller(ctx);
            return CanonicalJson.toJson(transfer.submit(Requests.parse("requestJson", requestJson, LeadSubmission.class)));
        });
    }

    /** Receiver only, once; {@code reason} may be empty. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String acceptLead(Context ctx, String leadId, String decidedBy, String reason) {
        return translate(() -> CanonicalJson.toJson(LeadTransfer.forCaller(ctx).accept(leadId, decidedBy, reason)));
    }

    /** Receiver only, once; {@code reason} must say why. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String rejectLead(Context ctx, String leadId, String decidedBy, String reason) {
        return translate(() -> CanonicalJson.toJson(LeadTransfer.forCaller(ctx).reject(leadId, decidedBy, reason)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String recordLeadOutcome(Context ctx, String leadId, String outcome, String detail, String recordedBy) {
        return translate(() -> CanonicalJson.toJson(
                LeadTransfer.forCaller(ctx).recordOutcome(leadId, outcome, detail, recordedBy)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getLead(Context ctx, String leadId) {
        return translate(() -> CanonicalJson.toJson(LeadTransfer.forCaller(ctx).lead(leadId)));
    }
}
