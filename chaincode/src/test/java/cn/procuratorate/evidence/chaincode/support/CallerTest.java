package cn.procuratorate.evidence.chaincode.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import java.security.cert.X509Certificate;
import javax.security.auth.x500.X500Principal;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.Context;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static Context callerWithSubject(String mspId, String subject) {
        X509Certificate certificate = mock(X509Certificate.class);
        when(certificate.getSubjectX500Principal()).thenReturn(new X500Principal(subject));
        ClientIdentity identity = mock(ClientIdentity.class);
        when(identity.getMSPID()).thenReturn(mspId);
        when(identity.getX509Certificate()).thenReturn(certificate);
        Context ctx = mock(Context.class);
        when(ctx.getClientIdentity()).thenReturn(identity);
        return ctx;
    }

    @Test
    void readsTheRoleFromTheNodeOu() {
        assertThat(Caller.identify(callerWithSubject("PoliceMSP", "CN=User1,OU=client,C=CN")))
                .isEqualTo(new Caller("PoliceMSP", CallerRole.CLIENT));
        assertThat(Caller.identify(callerWithSubject("PoliceMSP", "CN=Admin,OU=admin,C=CN")))
                .isEqualTo(new Caller("PoliceMSP", CallerRole.ADMIN));
    }

    @Test
    void findsTheNodeOuAmongFabricCaAffiliationOus() {
        Caller separate = Caller.identify(callerWithSubject("CourtMSP", "CN=judge,OU=court+OU=criminal,OU=client,O=Court"));
        Caller combined = Caller.identify(callerWithSubject("CourtMSP", "CN=judge,OU=court+OU=client,O=Court"));

        assertThat(separate.role()).isEqualTo(CallerRole.CLIENT);
        assertThat(combined.role()).isEqualTo(CallerRole.CLIENT);
    }

    @Test
    void refusesPeersOrderersAndCertificatesWithoutNodeOu() {
        for (String subject : new String[] {"CN=peer0,OU=peer,C=CN", "CN=orderer0,OU=orderer,C=CN", "CN=someone,C=CN"}) {
            LedgerRefusal refusal = catchThrowableOfType(LedgerRefusal.class,
                    () -> Caller.identify(callerWithSubject("PoliceMSP", subject)));

            assertThat(refusal).as(subject).isNotNull();
            assertThat(refusal.code()).isEqualTo(ErrorCode.FORBIDDEN);
        }
    }

    @Test
    void onlyAdminsPassTheAdminCheck() {
        LedgerRefusal refusal = catchThrowableOfType(LedgerRefusal.class,
                () -> new Caller("PoliceMSP", CallerRole.CLIENT).requireAdmin());

        assertThat(refusal.code()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(new Caller("PoliceMSP", CallerRole.ADMIN).requireAdmin().role()).isEqualTo(CallerRole.ADMIN);
    }
}
