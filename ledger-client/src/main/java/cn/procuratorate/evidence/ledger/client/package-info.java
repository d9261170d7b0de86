/**
 * The agency node's client of the evidence ledger (Hyperledger Fabric, through the Fabric
 * Gateway of the agency's own peer).
 *
 * <p>Start at {@link cn.procuratorate.evidence.ledger.client.LedgerConnection}. Everything
 * public here is API; everything package-private is implementation and may change.
 * Failures are reported per stage ({@code LedgerEvaluateException}, {@code LedgerEndorseException},
 * {@code LedgerSubmitException}, {@code LedgerCommitStatusException}, {@code LedgerCommitException});
 * an uncertain outcome is resolved with {@code LedgerConnection.reconcile(txId)}, never by blind
 * resubmission (callers that retry use {@code idempotentLeads()} / {@code idempotentSupervisions()},
 * built on {@link cn.procuratorate.evidence.ledger.client.IdempotentTransition}); events arrive
 * through a checkpointed {@link cn.procuratorate.evidence.ledger.client.LedgerEventStream}.
 */
package cn.procuratorate.evidence.ledger.client;
