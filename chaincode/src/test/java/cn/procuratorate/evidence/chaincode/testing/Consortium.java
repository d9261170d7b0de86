package cn.procuratorate.evidence.chaincode.testing;

import cn.procuratorate.evidence.chaincode.agency.AgencyContract;
import cn.procuratorate.evidence.chaincode.evidence.EvidenceContract;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The agencies of the test channel and shortcuts for the steps most tests start from. */
public final class Consortium {

    public static final String POLICE = "PoliceMSP";
    public static final String PROCURATORATE = "ProcuratorateMSP";
    public static final String COURT = "CourtMSP";
    /** Member of the channel whose agency never registered. */
    public static final String STRANGER = "StrangerMSP";

    public static final Identity POLICE_CLIENT = Identity.client(POLICE);
    public static final Identity PROCURATORATE_CLIENT = Identity.client(PROCURATORATE);
    public static final Identity COURT_CLIENT = Identity.client(COURT);

    private Consortium() {
    }

    public static void registerAgencies(TestLedger ledger) {
        AgencyContract agencies = new AgencyContract();
        ledger.submit(Identity.admin(POLICE), ctx -> agencies.registerAgency(ctx, POLICE, "某市公安局", "POLICE"));
        ledger.submit(Identity.admin(PROCURATORATE),
                ctx -> agencies.registerAgency(ctx, PROCURATORATE, "某区人民检察院", "PROCURATORATE"));
        ledger.submit(Identity.admin(COURT), ctx -> agencies.registerAgency(ctx, COURT, "某区人民法院", "COURT"));
    }

    /** A stand-in SHA-256 hex for the named file. */
    public static String sha256Of(String name) {
        return digest("sha256:" + name);
    }

    /** A stand-in SM3 hex for the named file (any 64 lowercase hex characters do for the chaincode). */
    public static String sm3Of(String name) {
        return digest("sm3:" + name);
    }

    public static String registrationJson(String evidenceId, String fileName) {
        return "{\"evidenceId\":\"" + evidenceId + "\",\"sha256\":\"" + sha256Of(fileName) + "\",\"sm3\":\""
                + sm3Of(fileName) + "\",\"size\":4096,\"mediaType\":\"application/pdf\",\"caseRef\":\"CASE-7\","
                + "\"uploader\":\"officer.li\",\"metadataDigest\":\"\"}";
    }

    /** Registers {@code evidenceId} (for the bytes of {@code fileName}) as the caller's agency. */
    public static void registerEvidence(TestLedger ledger, Identity owner, String evidenceId, String fileName) {
        EvidenceContract evidence = new EvidenceContract();
        ledger.submit(owner, ctx -> evidence.registerEvidence(ctx, registrationJson(evidenceId, fileName)));
    }

    public static void grant(TestLedger ledger, Identity owner, String evidenceId, String granteeMsp) {
        EvidenceContract evidence = new EvidenceContract();
        ledger.submit(owner, ctx -> evidence.grantAccess(ctx, evidenceId, granteeMsp));
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
