/**
 * Evidence custody on the agency's own S3 bucket (MinIO).
 *
 * <p>Public surface: {@link cn.procuratorate.evidence.store.EvidenceStore} (store, verified read,
 * verify, newer-version check), {@link cn.procuratorate.evidence.store.EvidenceBucket} (bucket
 * protection check and completion), their value types, and the {@link
 * cn.procuratorate.evidence.store.EvidenceStoreException} family whose {@code Reason} codes the
 * REST layer maps to problem details. Everything else here is package-private: the S3 port
 * ({@code ObjectStorage}) and its MinIO adapter, key and media-type rules, the upload source guard.
 *
 * <p>The store knows nothing about the ledger: the node anchors what {@code store} returns and
 * hands the anchored digests back to the reads.
 */
package cn.procuratorate.evidence.store;
