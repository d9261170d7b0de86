package cn.procuratorate.evidence.node.evidence;

import java.util.List;

/**
 * What this node knows about an item locally: its own record if its agency owns it, and the
 * copies it received otherwise.
 */
public record EvidenceDetails(
    String evidenceId, EvidenceItemView owned, List<ReceivedCopyView> receivedCopies) {}
