/**
 * The agency node (web-api): a Spring Boot application that wires the evidence store, the ledger
 * client and, later, the workflow engine for one agency. One package per feature; each keeps its
 * wiring and adapters in an {@code internal} subpackage that other features do not use.
 */
package cn.procuratorate.evidence.node;
