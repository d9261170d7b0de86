/**
 * The node's port to its own evidence bucket: {@link cn.procuratorate.evidence.node.storage.EvidenceVault}
 * over the evidence-store library, configured from the profile's {@code s3} section and
 * {@code evidence.upload.*}.
 */
package cn.procuratorate.evidence.node.storage;
