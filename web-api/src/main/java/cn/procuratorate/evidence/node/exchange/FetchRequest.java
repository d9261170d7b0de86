package cn.procuratorate.evidence.node.exchange;

import jakarta.validation.constraints.Size;

/**
 * @param ownerAgency optional: the agency the caller expects to own the item (short name or MSP
 *     id); the ledger's owner is used either way, and a different one is refused
 */
public record FetchRequest(@Size(max = 64) String ownerAgency) {}
