package cn.procuratorate.evidence.chaincode.runtime;

import static cn.procuratorate.evidence.chaincode.testing.Consortium.registrationJson;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.chaincode.testing.Certificates;
import cn.procuratorate.evidence.chaincode.testing.Identity;
import cn.procuratorate.evidence.chaincode.testing.InMemoryStub;
import cn.procuratorate.evidence.ledger.model.LedgerContracts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.hyperledger.fabric.contract.ContractRouter;
import org.hyperledger.fabric.contract.metadata.MetadataBuilder;
import org.hyperledger.fabric.contract.routing.RoutingRegistry;
import org.hyperledger.fabric.contract.routing.TypeRegistry;
import org.hyperledger.fabric.shim.Chaincode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contracts as the peer reaches them: through the shim's ContractRouter, with string
 * arguments, the caller's real serialized X.509 identity and the runtime's own error handling.
 * This is where the function names, argument conversion and error format that the ledger client
 * relies on are checked end to end (short of a peer).
 */
class ContractRouterTest {

    /** The shim's own contract (GetMetadata), present in every chaincode. */
    private static final String SYSTEM_CONTRACT = "org.hyperledger.fabric";

    private static ContractRouter router;

    private final NavigableMap<String, byte[]> worldState = new TreeMap<>();
    private int transactions;

    @BeforeAll
    static void scanContracts() throws Exception {
        router = new ContractRouter(new String[] {"--id", "evidence:test"});
        // What ContractRouter.main does before it serves: scan the classpath for @Contract classes
        // and build (and validate) the metadata. Those steps are package-private in the shim.
        packagePrivate("findAllContracts").invoke(router);
        MetadataBuilder.initialize((RoutingRegistry) packagePrivate("getRoutingRegistry").invoke(router),
                (TypeRegistry) packagePrivate("getTypeRegistry").invoke(router));
    }

    private static Method packagePrivate(String name) throws NoSuchMethodException {
        Method method = ContractRouter.class.getDeclaredMethod(name);
        method.setAccessible(true);
        return method;
    }

    private Chaincode.Response invoke(Identity caller, String function, String... args) {
        transactions++;
        InMemoryStub stub = new InMemoryStub(worldState, "tx" + transactions, Instant.parse("2025-03-01T08:00:00Z")
                .plusSeconds(transactions)).invocation(Certificates.serializedIdentity(caller), function, args);
        Chaincode.Response response = router.invoke(stub);
        if (response.getStatus() == Chaincode.Response.Status.SUCCESS) {
            stub.commit();
        }
        return response;
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void everyFunctionTheClientCallsIsATransactionWithTheRightIntent() throws Exception {
        JsonNode contracts = new ObjectMapper().readTree(MetadataBuilder.getMetadata()).get("contracts");
        Map<String, String> declared = new TreeMap<>();
        contracts.fields().forEachRemaining(contract -> contract.getValue().get("transactions").forEach(tx ->
                declared.put(contract.getKey() + ":" + tx.get("name").asText(), tx.get("tags").get(0).asText())));
        declared.keySet().removeIf(function -> function.startsWith(SYSTEM_CONTRACT + ":"));

        assertThat(declared).containsExactlyInAnyOrderEntriesOf(expectedFunctions());
    }

    @Test
    void registersThroughTheRouterWithTheCallersMspAndReturnsCanonicalJson() {
        Chaincode.Response agency = invoke(Identity.admin("PoliceMSP"), "agency:registerAgency", "PoliceMSP", "某市公安局",
                "POLICE");
        Chaincode.Response evidence = invoke(Identity.client("PoliceMSP"), "evidence:registerEvidence",
                registrationJson("E-1", "file-1"));

        assertThat(agency.getStatus()).isEqualTo(Chaincode.Response.Status.SUCCESS);
        assertThat(evidence.getStatus()).isEqualTo(Chaincode.Response.Status.SUCCESS);
        assertThat(text(evidence.getPayload())).startsWith("{\"caseRef\":\"CASE-7\",\"evidenceId\":\"E-1\"")
                .contains("\"ownerMsp\":\"PoliceMSP\"");
    }

    @Test
    void convertsBooleanArgumentsAndResults() {
        invoke(Identity.admin("PoliceMSP"), "agency:registerAgency", "PoliceMSP", "某市公安局", "POLICE");
        invoke(Identity.client("PoliceMSP"), "evidence:registerEvidence", registrationJson("E-1", "file-1"));

        Chaincode.Response verification = invoke(Identity.client("PoliceMSP"), "evidence:recordVerification", "E-1",
                "false", "bytes differ", "auditor.sun");
        Chaincode.Response access = invoke(Identity.client("PoliceMSP"), "evidence:hasAccess", "E-1", "PoliceMSP");

        assertThat(text(verification.getPayload())).contains("\"verified\":false");
        assertThat(text(access.getPayload())).isEqualTo("true");
    }

    @Test
    void aRefusalReachesThePeerAsCodePrefixedMessageWithTheCodeAsPayload() {
        invoke(Identity.admin("PoliceMSP"), "agency:registerAgency", "PoliceMSP", "某市公安局", "POLICE");
        invoke(Identity.client("PoliceMSP"), "evidence:registerEvidence", registrationJson("E-1", "file-1"));

        Chaincode.Response conflict = invoke(Identity.client("PoliceMSP"), "evidence:registerEvidence",
                registrationJson("E-1", "other-file"));

        assertThat(conflict.getStatus()).isEqualTo(Chaincode.Response.Status.INTERNAL_SERVER_ERROR);
        assertThat(conflict.getMessage()).startsWith("CONFLICT: evidence E-1 is registered already");
        assertThat(text(conflict.getPayload())).isEqualTo("CONFLICT");
    }

    @Test
    void refusesPeerCertificatesAndAdminOnlyStepsForClients() {
        Chaincode.Response byPeer = invoke(Identity.peer("PoliceMSP"), "agency:listAgencies");
        Chaincode.Response byClient = invoke(Identity.client("PoliceMSP"), "agency:registerAgency", "PoliceMSP",
                "某市公安局", "POLICE");

        assertThat(byPeer.getMessage()).startsWith("FORBIDDEN: only client or admin identities");
        assertThat(byClient.getMessage()).startsWith("FORBIDDEN: only an admin identity");
    }

    @Test
    void theProbeNeedsNothingButAKey() {
        Chaincode.Response write = invoke(Identity.client("AnyMSP"), "probe:writeProbe", "k1", "v1");
        Chaincode.Response read = invoke(Identity.client("AnyMSP"), "probe:readProbe", "k1");

        assertThat(write.getStatus()).isEqualTo(Chaincode.Response.Status.SUCCESS);
        assertThat(text(read.getPayload())).isEqualTo("v1");
    }

    /** Every function named in {@link LedgerContracts}, with SUBMIT or EVALUATE from its doc. */
    private static Map<String, String> expectedFunctions() throws IllegalAccessException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (Class<?> contract : LedgerContracts.class.getDeclaredClasses()) {
            String name = null;
            List<String> functions = new ArrayList<>();
            for (Field field : contract.getDeclaredFields()) {
                String value = (String) field.get(null);
                if (field.getName().equals("NAME")) {
                    name = value;
                } else {
                    functions.add(value);
                }
            }
            for (String function : functions) {
                expected.put(name + ":" + function, intentOf(function));
            }
        }
        return expected;
    }

    private static String intentOf(String function) {
        return function.startsWith("get") || function.startsWith("list") || function.startsWith("find")
                || function.startsWith("has") || function.startsWith("read") ? "EVALUATE" : "SUBMIT";
    }
}
