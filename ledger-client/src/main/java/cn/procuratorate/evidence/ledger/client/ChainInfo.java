package cn.procuratorate.evidence.ledger.client;

/**
 * One peer's view of the channel: its height (number of blocks) and the hash of its last block.
 * Two peers with equal height and equal hash hold the same ledger.
 */
public record ChainInfo(long height, String currentBlockHash, String previousBlockHash) {}
