/** The evidence-store adapter behind EvidenceVault and its wiring. */
package cn.procuratorate.evidence.node.storage.internal;
