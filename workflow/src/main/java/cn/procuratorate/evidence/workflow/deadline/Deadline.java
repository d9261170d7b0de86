package cn.procuratorate.evidence.workflow.deadline;

/**
 * How long the other side has, and how long before the end the waiting side is reminded; both
 * ISO-8601 durations.
 */
public record Deadline(String within, String remindBefore) {

    public Deadline {
        IsoDurations.requirePositive("within", within);
        IsoDurations.requirePositive("remindBefore", remindBefore);
    }
}
