/**
 * The scenarios: ingest, anchoring, verification, hand-off, growth (library and ledger level),
 * and the node-level figures, which wait for a running agency node.
 */
package cn.procuratorate.evidence.benchmark.scenario;
