/**
 * Who may call the node's API and what each role may do. Users authenticate with HTTP Basic
 * against seeded development users (profile {@code dev}) or with a JWT from the agency's OIDC
 * issuer; per-URL role rules live in {@code internal.AccessRules}; per-object rules (own agency,
 * ledger grant) are checked by the features themselves against the node's records and the ledger.
 */
package cn.procuratorate.evidence.node.security;
