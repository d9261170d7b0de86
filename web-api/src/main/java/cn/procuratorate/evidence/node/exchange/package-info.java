/**
 * Node-to-node evidence exchange over mutual TLS with the agencies' node certificates. The owner's
 * side ({@code GET /exchange/evidence/{id}} on the exchange connector) names the calling agency by
 * the TLS CA that issued its certificate, checks the grant on the ledger and streams verified
 * bytes. The receiving side ({@code POST /api/evidence/{id}/fetch}) hashes while storing into its
 * own bucket, compares with the ledger and records RECEIVED with the result.
 */
package cn.procuratorate.evidence.node.exchange;
