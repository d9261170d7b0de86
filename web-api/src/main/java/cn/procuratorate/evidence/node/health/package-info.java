/**
 * Actuator health of the node's dependencies: its ledger peer, its bucket (and whether the bucket
 * is protected by versioning and object lock), and the anchoring backlog. Details are shown to
 * ADMIN users only; the overall status to anyone (for the start scripts).
 */
package cn.procuratorate.evidence.node.health;
