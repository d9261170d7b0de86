package cn.procuratorate.evidence.chaincode.support;

import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.Context;

/**
 * Who submitted the proposal: the MSP id of the caller's certificate (never the chaincode server's
 * own {@code stub.getMspId()}) and its NodeOU role. Peer and orderer identities, and certificates
 * without a NodeOU, are refused: only people and agency nodes transact.
 */
public record Caller(String mspId, CallerRole role) {

    public static Caller identify(Context ctx) {
        ClientIdentity identity = ctx.getClientIdentity();
        X509Certificate certificate = identity.getX509Certificate();
        if (certificate == null) {
            throw new LedgerRefusal(ErrorCode.FORBIDDEN, "the caller has no X.509 identity");
        }
        List<String> units = organisationalUnits(certificate.getSubjectX500Principal());
        CallerRole role;
        if (units.contains("admin")) {
            role = CallerRole.ADMIN;
        } else if (units.contains("client")) {
            role = CallerRole.CLIENT;
        } else {
            throw new LedgerRefusal(ErrorCode.FORBIDDEN,
                    "only client or admin identities may transact, the caller's OUs are " + units);
        }
        return new Caller(identity.getMSPID(), role);
    }

    public Caller requireAdmin() {
        if (role != CallerRole.ADMIN) {
            throw new LedgerRefusal(ErrorCode.FORBIDDEN, "only an admin identity (OU=admin) of " + mspId + " may do this");
        }
        return this;
    }

    private static List<String> organisationalUnits(X500Principal subject) {
        try {
            List<String> units = new ArrayList<>();
            for (Rdn rdn : new LdapName(subject.getName(X500Principal.RFC2253)).getRdns()) {
                // An RDN may hold several values (OU=a+OU=b), as Fabric CA affiliations do.
                Attribute ou = rdn.toAttributes().get("OU");
                for (int i = 0; ou != null && i < ou.size(); i++) {
                    units.add(String.valueOf(ou.get(i)));
                }
            }
            return units;
        } catch (NamingException e) {
            throw new LedgerRefusal(ErrorCode.FORBIDDEN, "the caller's certificate subject is unreadable");
        }
    }
}
