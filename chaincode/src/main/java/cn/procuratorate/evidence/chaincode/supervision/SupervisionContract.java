package cn.procuratorate.evidence.chaincode.supervision;

import static cn.procuratorate.evidence.chaincode.support.Refusals.translate;

import cn.procuratorate.evidence.chaincode.support.Requests;
import cn.procuratorate.evidence.ledger.model.CanonicalJson;
import cn.procuratorate.evidence.ledger.model.LedgerContracts;
import cn.procuratorate.evidence.ledger.model.SupervisionIssue;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** Supervision by a procuratorate; every transaction returns the supervision as it is afterwards. */
@Contract(name = LedgerContracts.Supervisions.NAME,
        info = @Info(title = "Supervision", description = "立案监督 and 检察建议 with reply deadlines", version = "1"))
public class SupervisionContract implements ContractInterface {

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String issueSupervision(Context ctx, String requestJson) {
        return translate(() -> {
            SupervisionProceedings proceedings = SupervisionProceedings.forCaller(ctx);
            return CanonicalJson.toJson(proceedings.issue(
                    Requests.parse("requestJson", requestJson, SupervisionIssue.class)));
        });
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String respondSupervision(Context ctx, String supervisionId, String responseDigest, String respondedBy) {
        return translate(() -> CanonicalJson.toJson(
                SupervisionProceedings.forCaller(ctx).respond(supervisionId, responseDigest, respondedBy)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String markOverdue(Context ctx, String supervisionId) {
        return translate(() -> CanonicalJson.toJson(SupervisionProceedings.forCaller(ctx).markOverdue(supervisionId)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String evaluateSupervision(Context ctx, String supervisionId, boolean satisfied, String reason,
            String evaluatedBy) {
        return translate(() -> CanonicalJson.toJson(
                SupervisionProceedings.forCaller(ctx).evaluate(supervisionId, satisfied, reason, evaluatedBy)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String closeSupervision(Context ctx, String supervisionId, String reason, String closedBy) {
        return translate(() -> CanonicalJson.toJson(
                SupervisionProceedings.forCaller(ctx).close(supervisionId, reason, closedBy)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String escalateSupervision(Context ctx, String supervisionId, String reason, String escalatedBy) {
        return translate(() -> CanonicalJson.toJson(
                SupervisionProceedings.forCaller(ctx).escalate(supervisionId, reason, escalatedBy)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getSupervision(Context ctx, String supervisionId) {
        return translate(() -> CanonicalJson.toJson(SupervisionProceedings.forCaller(ctx).supervision(supervisionId)));
    }
}
