package cn.procuratorate.evidence.benchmark.scenario;

/** Names of the raw baselines, the same wherever they appear in the report. */
final class Baselines {
    static final String PUT_OBJECT = "raw putObject (MinIO SDK, same bytes, same MinIO)";
    static final String HASH = "raw SHA-256 + SM3, single pass, one thread";
    static final String HASH_PER_FILE = "raw SHA-256 + SM3, single pass per file";
    static final String GET_OBJECT = "raw getObject of the same object (read only)";
    static final String PROBE_WRITE = "probe:writeProbe (one key), same gateway and concurrency";
    static final String VERIFY_BY_ID = "raw: probe:readProbe + getObject 1 MiB + single-pass hash";
    static final String VERIFY_BY_FILE = "raw: single-pass hash 1 MiB + 2 × probe:readProbe";

    /** Where {@link cn.procuratorate.evidence.store.EvidenceStore} puts its objects ("evidence/"). */
    static final String STORE_PREFIX = storePrefix();

    private Baselines() {}

    private static String storePrefix() {
        String key = cn.procuratorate.evidence.store.EvidenceStore.objectKeyFor("x");
        return key.substring(0, key.length() - 1);
    }
}
