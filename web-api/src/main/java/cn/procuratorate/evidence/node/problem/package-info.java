/**
 * Every error the node returns is an RFC 9457 problem detail: a stable {@code type} URI per
 * {@link cn.procuratorate.evidence.node.problem.ProblemKind}, a machine-readable {@code code}, and
 * a detail for humans. Library exceptions (evidence store, ledger) are mapped here, in one place.
 */
package cn.procuratorate.evidence.node.problem;
