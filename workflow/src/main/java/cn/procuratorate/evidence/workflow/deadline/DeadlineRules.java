package cn.procuratorate.evidence.workflow.deadline;

import java.util.Map;
import java.util.TreeMap;

/**
 * Default deadlines of the node, by supervision kind and for lead feedback. A process variable
 * given at start ({@code replyWithin}, {@code feedbackWithin}, …) overrides them; the node's
 * configuration replaces them as a whole.
 *
 * @param leadFeedback      how long a receiver has to give feedback on a transferred lead
 * @param supervisionByKind reply deadline by supervision kind (the ledger's {@code SupervisionKind} names)
 */
public record DeadlineRules(Deadline leadFeedback, Map<String, Deadline> supervisionByKind) {

    public DeadlineRules {
        supervisionByKind = Map.copyOf(supervisionByKind);
    }

    /**
     * The periods of the procedural rules:
     * <ul>
     * <li>explain why a case was (not) filed: 7 days
     * (最高人民检察院、公安部《关于刑事立案监督有关问题的规定（试行）》);</li>
     * <li>procuratorial recommendation: two months (《人民检察院检察建议工作规定》);</li>
     * <li>notice to correct a violation: 15 days — the project's default; confirm against the rules
     * the node operates under;</li>
     * <li>lead feedback: 30 days — no single statutory period applies; a project default.</li>
     * </ul>
     */
    public static DeadlineRules procedural() {
        return new DeadlineRules(new Deadline("P30D", "P3D"), Map.of(
                "CASE_FILING_EXPLANATION", new Deadline("P7D", "P2D"),
                "CASE_WITHDRAWAL_EXPLANATION", new Deadline("P7D", "P2D"),
                "PROCURATORIAL_RECOMMENDATION", new Deadline("P2M", "P7D"),
                "CORRECTION_NOTICE", new Deadline("P15D", "P3D")));
    }

    public Deadline supervision(String kind) {
        Deadline deadline = supervisionByKind.get(kind);
        if (deadline == null) {
            throw new IllegalArgumentException("no reply deadline configured for supervision kind \"" + kind
                    + "\"; known kinds: " + new TreeMap<>(supervisionByKind).keySet());
        }
        return deadline;
    }
}
