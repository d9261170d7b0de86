/**
 * Agency connection profiles written by {@code network/up} (see {@code docs/connection-profile.md}).
 *
 * <p>They are the only place that names ports, paths and credentials, so every module reads
 * them through this package instead of hard-coding any of it. Loading validates the whole file
 * and names the offending field, because a wrong path found at the first transaction is much
 * harder to diagnose than one refused at start-up.
 */
package cn.procuratorate.evidence.ledger.profile;
