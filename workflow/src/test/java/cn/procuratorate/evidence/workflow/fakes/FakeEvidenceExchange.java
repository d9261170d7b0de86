package cn.procuratorate.evidence.workflow.fakes;

import cn.procuratorate.evidence.workflow.evidence.EvidenceCheck;
import cn.procuratorate.evidence.workflow.evidence.EvidenceExchange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every item verifies unless marked tampered; fetches are recorded; transport failures can be injected. */
public class FakeEvidenceExchange implements EvidenceExchange {

    public record Fetch(String evidenceId, String ownerMsp) {
    }

    private final Set<String> tampered = new HashSet<>();
    private final List<Fetch> fetches = new ArrayList<>();
    private int failures;

    public synchronized void reset() {
        tampered.clear();
        fetches.clear();
        failures = 0;
    }

    public synchronized void markTampered(String evidenceId) {
        tampered.add(evidenceId);
    }

    public synchronized void failNextCalls(int count) {
        failures = count;
    }

    public synchronized List<Fetch> fetches() {
        return List.copyOf(fetches);
    }

    @Override
    public synchronized EvidenceCheck fetchAndVerify(String evidenceId, String ownerMsp) {
        if (failures > 0) {
            failures--;
            throw new IllegalStateException("connection to " + ownerMsp + " refused");
        }
        fetches.add(new Fetch(evidenceId, ownerMsp));
        return tampered.contains(evidenceId)
                ? new EvidenceCheck(evidenceId, false, "SM3 differs from the ledger's registration")
                : new EvidenceCheck(evidenceId, true, "SHA-256 and SM3 match the ledger");
    }
}
