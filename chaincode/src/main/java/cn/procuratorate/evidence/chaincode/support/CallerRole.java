package cn.procuratorate.evidence.chaincode.support;

/** The Fabric NodeOU of the calling certificate, as far as transactions care. */
public enum CallerRole {
    /** An agency node's application identity (OU=client). */
    CLIENT,
    /** An agency administrator (OU=admin); may also do what clients do. */
    ADMIN
}
