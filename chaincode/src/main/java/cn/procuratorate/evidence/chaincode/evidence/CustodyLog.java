package cn.procuratorate.evidence.chaincode.evidence;

import cn.procuratorate.evidence.chaincode.support.Keys;
import cn.procuratorate.evidence.chaincode.support.LedgerState;
import cn.procuratorate.evidence.ledger.model.CustodyEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only chain of custody: {@code custody/<evidenceId>/<time>/<txId>/<position>}, one key
 * per event, written once. Concurrent transactions on the same item never write the same key, so
 * they do not invalidate each other; key order is time order, which makes the timeline a range read.
 *
 * <p>One instance per transaction: it numbers the events it appends and remembers them for the
 * transaction's chaincode event.
 */
public final class CustodyLog {

    private final LedgerState state;
    private final List<CustodyEvent> appended = new ArrayList<>();

    public CustodyLog(LedgerState state) {
        this.state = state;
    }

    public CustodyEvent append(CustodyEvent event) {
        String key = state.key(Keys.CUSTODY, event.evidenceId(), Keys.sortableTime(event.at()), event.txId(),
                Keys.position(appended.size()));
        state.write(key, event);
        appended.add(event);
        return event;
    }

    /** What this transaction appended, in order. */
    public List<CustodyEvent> appended() {
        return List.copyOf(appended);
    }

    public List<CustodyEvent> timeline(String evidenceId) {
        return state.readAll(CustodyEvent.class, Keys.CUSTODY, evidenceId);
    }
}
