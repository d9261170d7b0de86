package cn.procuratorate.evidence.workflow.event;

/**
 * What {@link LedgerEventRouter} did with an event.
 *
 * @param processInstanceId the instance started or reached, or null
 * @param detail            why, in words, for the log
 */
public record RouteResult(Outcome outcome, String processInstanceId, String detail) {

    public enum Outcome {
        /** A process instance was started by the event. */
        STARTED,
        /** A waiting instance received the event and moved on. */
        CORRELATED,
        /** The event had been delivered before; nothing was done again. */
        DUPLICATE,
        /**
         * An instance for the business key runs but does not wait for this event yet (the sender's
         * engine had not committed its wait state when the receiver already answered). Deliver the
         * event again later; do not move the event checkpoint past it.
         */
        NOT_YET_WAITING,
        /** Not for this node or no workflow reacts to it; safe to skip. */
        IGNORED
    }

    /** Whether the event checkpoint may move past this event. */
    public boolean settled() {
        return outcome != Outcome.NOT_YET_WAITING;
    }

    static RouteResult of(Outcome outcome, String processInstanceId, String detail) {
        return new RouteResult(outcome, processInstanceId, detail);
    }
}
