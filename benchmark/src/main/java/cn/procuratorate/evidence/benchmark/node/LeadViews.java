package cn.procuratorate.evidence.benchmark.node;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads a node's view of a lead ({@code GET /api/leads/{id}}): its {@code process} is that
 * node's own process for the lead, with the start time its engine recorded.
 */
public final class LeadViews {
    /** The sender's process, started by {@code POST /api/leads}. */
    public static final String SENDER_PROCESS = "lead-transfer";
    /** The receiver's process, started by its node when the LeadSubmitted event reaches it. */
    public static final String RECEIVER_PROCESS = "lead-intake";

    private LeadViews() {}

    /** When the engine started this node's process of that key for the lead; empty if it has none yet. */
    public static Optional<Instant> processStartedAt(JsonNode leadView, String processKey) {
        JsonNode process = leadView.path("process");
        JsonNode startedAt = process.path("startedAt");
        if (!processKey.equals(process.path("processKey").asText()) || !startedAt.isTextual()) {
            return Optional.empty();
        }
        return Optional.of(Instant.parse(startedAt.asText()));
    }

    /**
     * The timestamp of the lead's submitLead transaction ({@code ledger.history}, status
     * SUBMITTED): when the sender node's job created it; empty while the lead is not on the ledger.
     */
    public static Optional<Instant> submittedAt(JsonNode leadView) {
        for (JsonNode change : leadView.path("ledger").path("history")) {
            if ("SUBMITTED".equals(change.path("status").asText()) && change.path("at").isTextual()) {
                return Optional.of(Instant.parse(change.path("at").asText()));
            }
        }
        return Optional.empty();
    }
}
