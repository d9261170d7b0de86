package cn.procuratorate.evidence.benchmark;

import java.util.List;

/**
 * How much each scenario does: the sizes of the quick mode (a few minutes, for development and
 * for checking that everything still runs) and of the full mode (the figures to publish).
 *
 * @param runs                     runs per figure; each figure is the median of these
 * @param largeFileBytes           the single large upload (and the re-hashed stored item)
 * @param mediumFiles              number of 1 MiB files
 * @param smallFiles               number of 4 KiB files
 * @param ingestConcurrency        client threads for the many-file ingest, store and baselines alike
 * @param anchoringConcurrencies   client threads for the anchoring runs
 * @param anchoringPerThread       registrations per client thread and run
 * @param minimumTransactions      at least this many transactions per run, whatever the concurrency
 * @param verificationSamples      sequential verifications per run
 * @param handOffConcurrencies     client threads for the lead hand-off runs
 * @param handOffPerThread         leads per client thread and run
 * @param growthLevels             items preloaded before each growth measurement (cumulative)
 * @param preloadConcurrency       client threads for the preload (and for registering the leads' evidence)
 * @param growthConcurrency        client threads for the anchoring measured at each growth level
 * @param growthTransactions       registrations per run at each growth level
 * @param growthVerificationSamples verify-by-id samples per run at each growth level
 */
public record BenchmarkPlan(
        String mode,
        int runs,
        long largeFileBytes,
        int mediumFiles,
        int smallFiles,
        int ingestConcurrency,
        List<Integer> anchoringConcurrencies,
        int anchoringPerThread,
        int minimumTransactions,
        int verificationSamples,
        List<Integer> handOffConcurrencies,
        int handOffPerThread,
        List<Integer> growthLevels,
        int preloadConcurrency,
        int growthConcurrency,
        int growthTransactions,
        int growthVerificationSamples) {

    public static final int MEDIUM_FILE_BYTES = 1 << 20;
    public static final int SMALL_FILE_BYTES = 4 << 10;
    private static final int FULL_NODE_SMALL_FILE_RUNS = 2;
    private static final int NODE_HAND_OFF_PER_THREAD = 4;

    public BenchmarkPlan {
        if (runs < 1) {
            throw new IllegalArgumentException("at least one run");
        }
        anchoringConcurrencies = List.copyOf(anchoringConcurrencies);
        handOffConcurrencies = List.copyOf(handOffConcurrencies);
        growthLevels = List.copyOf(growthLevels);
        for (int i = 1; i < growthLevels.size(); i++) {
            if (growthLevels.get(i) <= growthLevels.get(i - 1)) {
                throw new IllegalArgumentException("growth levels must increase: " + growthLevels);
            }
        }
    }

    public static BenchmarkPlan quick() {
        return new BenchmarkPlan("quick", 3, 128L << 20, 20, 500, 4,
                List.of(1, 16, 64), 5, 10, 100,
                List.of(1, 8, 32), 4,
                List.of(1_000), 64, 16, 80, 50);
    }

    public static BenchmarkPlan full() {
        return new BenchmarkPlan("full", 5, 1L << 30, 100, 10_000, 4,
                List.of(1, 16, 64), 25, 50, 500,
                List.of(1, 16, 64), 20,
                // Preload at 128 threads: near this machine's ceiling, so 100,000 take minutes, not half an hour.
                List.of(1_000, 10_000, 100_000), 128, 16, 400, 200);
    }

    public BenchmarkPlan withRuns(int runs) {
        return new BenchmarkPlan(mode, runs, largeFileBytes, mediumFiles, smallFiles, ingestConcurrency,
                anchoringConcurrencies, anchoringPerThread, minimumTransactions, verificationSamples,
                handOffConcurrencies, handOffPerThread, growthLevels, preloadConcurrency, growthConcurrency,
                growthTransactions, growthVerificationSamples);
    }

    public BenchmarkPlan withAnchoringConcurrencies(List<Integer> concurrencies) {
        return new BenchmarkPlan(mode, runs, largeFileBytes, mediumFiles, smallFiles, ingestConcurrency,
                concurrencies, anchoringPerThread, minimumTransactions, verificationSamples,
                handOffConcurrencies, handOffPerThread, growthLevels, preloadConcurrency, growthConcurrency,
                growthTransactions, growthVerificationSamples);
    }

    private boolean isFull() {
        return "full".equals(mode);
    }

    /**
     * The single large upload through the agency node's API (1 GiB full, 256 MiB quick). Node
     * uploads land in the agency's object-locked bucket and stay there: quick mode keeps them small.
     */
    public long nodeUploadBytes() {
        return isFull() ? 1L << 30 : 256L << 20;
    }

    /** The upload during which the node's peak RSS is read (2 GiB full, 512 MiB quick). */
    public long nodeRssUploadBytes() {
        return isFull() ? 2L << 30 : 512L << 20;
    }

    /** Verifications through the node per run: each one is a VERIFIED transaction on the ledger. */
    public int nodeVerificationSamples() {
        return isFull() ? 100 : 30;
    }

    /**
     * Client threads for the node's many 4 KiB uploads (and their putObject and hashing
     * baselines): the node answers an upload only once its ledger transaction is committed (a
     * quarter of a second or more), so at {@link #ingestConcurrency} threads the figure would be
     * that wait, not what the node can take.
     */
    public int nodeSmallFileConcurrency() {
        return 32;
    }

    /**
     * Runs of the node's 4 KiB upload figure: every run uploads {@link #smallFiles} new items
     * through the node, each anchored before the node answers, at a rate bounded by the machine's
     * CPU (about 40 a second on two cores: 4 minutes for 10,000), so full mode does
     * {@value #FULL_NODE_SMALL_FILE_RUNS} runs of 10,000 instead of {@link #runs}.
     */
    public int nodeSmallFileRuns() {
        return isFull() ? Math.min(runs, FULL_NODE_SMALL_FILE_RUNS) : runs;
    }

    /**
     * Leads per run of the node-to-node hand-off (and of its ledger-level baseline) at a
     * concurrency: {@value #NODE_HAND_OFF_PER_THREAD} per client thread in both modes, at least
     * {@link #minimumTransactions}. Each lead needs an item uploaded through the node first and
     * costs about 0.2 s of CPU (about 11 leads a second on two cores): the full mode's 20 per
     * thread of the ledger-level hand-off would add a quarter of an hour.
     */
    public int nodeHandOffLeadsAt(int concurrency) {
        return transactionsAt(concurrency, NODE_HAND_OFF_PER_THREAD);
    }


    /** Transactions per run at a concurrency: enough for every thread to loop several times. */
    public int transactionsAt(int concurrency, int perThread) {
        return Math.max(minimumTransactions, concurrency * perThread);
    }

    /** "1 GiB", "128 MiB", "4 KiB". */
    public static String size(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " B";
    }
}
