package cn.procuratorate.evidence.ledger.model;

/** What an agency is; some transactions are reserved to one kind (supervision to procuratorates). */
public enum AgencyKind {
    PROCURATORATE,
    POLICE,
    COURT,
    ADMINISTRATIVE
}
