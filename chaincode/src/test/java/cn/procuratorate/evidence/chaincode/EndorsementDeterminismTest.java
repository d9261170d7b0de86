package cn.procuratorate.evidence.chaincode;

import static cn.procuratorate.evidence.chaincode.testing.Consortium.POLICE;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.POLICE_CLIENT;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.PROCURATORATE;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.PROCURATORATE_CLIENT;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.sha256Of;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.sm3Of;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.chaincode.evidence.EvidenceContract;
import cn.procuratorate.evidence.chaincode.lead.LeadContract;
import cn.procuratorate.evidence.chaincode.supervision.SupervisionContract;
import cn.procuratorate.evidence.chaincode.testing.Consortium;
import cn.procuratorate.evidence.chaincode.testing.InMemoryStub;
import cn.procuratorate.evidence.chaincode.testing.TestLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two peers endorsing the same proposals must write the same bytes and emit the same events,
 * or the endorsements do not match and the transaction fails. Running one scenario on two
 * independent ledgers (a moment apart, with fresh contract instances) must give identical results.
 */
class EndorsementDeterminismTest {

    @Test
    void theSameTransactionsWriteTheSameBytesAndEvents() throws InterruptedException {
        Endorsement first = endorse();
        Thread.sleep(5);
        Endorsement second = endorse();

        assertThat(second.worldState()).hasSameSizeAs(first.worldState());
        first.worldState().forEach((key, value) -> assertThat(second.worldState().get(key)).as(key).isEqualTo(value));
        assertThat(second.events()).isEqualTo(first.events());
    }

    private record Endorsement(Map<String, byte[]> worldState, List<String> events) {
    }

    private Endorsement endorse() {
        TestLedger ledger = new TestLedger();
        List<String> events = new ArrayList<>();
        EvidenceContract evidence = new EvidenceContract();
        LeadContract leads = new LeadContract();
        SupervisionContract supervision = new SupervisionContract();

        Consortium.registerAgencies(ledger);
        Consortium.registerEvidence(ledger, POLICE_CLIENT, "E-1", "file-1");
        collect(ledger, events);
        ledger.submit(POLICE_CLIENT, ctx -> leads.submitLead(ctx, "{\"leadId\":\"L-1\",\"receiverMsp\":\"" + PROCURATORATE
                + "\",\"evidenceIds\":[\"E-1\"],\"submittedBy\":\"officer.li\"}"));
        collect(ledger, events);
        ledger.submit(PROCURATORATE_CLIENT, ctx -> evidence.recordReceipt(ctx, "E-1", sha256Of("file-1"), sm3Of("file-1"),
                true, "", "prosecutor.wang"));
        collect(ledger, events);
        ledger.submit(PROCURATORATE_CLIENT, ctx -> evidence.recordAccesses(ctx,
                "[{\"evidenceId\":\"E-1\",\"user\":\"a\"},{\"evidenceId\":\"E-1\",\"user\":\"b\",\"purpose\":\"审查\"}]"));
        collect(ledger, events);
        ledger.submit(PROCURATORATE_CLIENT, ctx -> supervision.issueSupervision(ctx, "{\"supervisionId\":\"S-1\","
                + "\"targetMsp\":\"" + POLICE + "\",\"kind\":\"PROCURATORIAL_RECOMMENDATION\",\"replyWithin\":\"P2M\","
                + "\"evidenceIds\":[\"E-1\"],\"issuedBy\":\"prosecutor.wang\"}"));
        collect(ledger, events);
        return new Endorsement(ledger.worldState(), events);
    }

    private static void collect(TestLedger ledger, List<String> events) {
        for (InMemoryStub.TxEvent event : ledger.lastTx().events()) {
            events.add(event.name() + " " + event.payloadText());
        }
    }
}
