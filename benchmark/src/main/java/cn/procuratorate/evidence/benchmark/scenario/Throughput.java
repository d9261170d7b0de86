package cn.procuratorate.evidence.benchmark.scenario;

/** Small timing helpers; MB/s counts 10^6 bytes per second, as disks and networks do. */
final class Throughput {
    private Throughput() {}

    interface Timed {
        void run() throws Exception;
    }

    /** Runs the body once and returns its duration in nanoseconds. */
    static long time(Timed body) throws Exception {
        long start = System.nanoTime();
        body.run();
        return System.nanoTime() - start;
    }

    static double megabytesPerSecond(long bytes, long nanos) {
        return bytes / (nanos / 1e9) / 1e6;
    }
}
