package cn.procuratorate.evidence.benchmark.scenario;

import cn.procuratorate.evidence.benchmark.consortium.CpuAccounting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU used by each process while named measurements ran, summed over runs, reported per
 * operation: which process pays for a transaction or an upload.
 */
final class CpuProfile {
    private final CpuAccounting accounting;
    private final Map<String, CpuAccounting.Usage> usage = new LinkedHashMap<>();
    private final Map<String, Long> operations = new LinkedHashMap<>();

    CpuProfile(CpuAccounting accounting) {
        this.accounting = accounting;
    }

    /** A measured body; may throw whatever the measurement throws. */
    @FunctionalInterface
    interface Body<T, E extends Exception> {
        T run() throws E;
    }

    <T, E extends Exception> T measure(String name, long operationCount, Body<T, E> body) throws E {
        CpuAccounting.Snapshot before = accounting.snapshot();
        T result = body.run();
        CpuAccounting.Usage used = accounting.snapshot().since(before);
        usage.merge(name, used, CpuAccounting.Usage::plus);
        operations.merge(name, operationCount, Long::sum);
        return result;
    }

    /** "register: cores busy …; probe: cores busy …" for the given names, in that order. */
    String describe(List<String> names, String unit) {
        int cores = Runtime.getRuntime().availableProcessors();
        return names.stream().filter(usage::containsKey)
                .map(name -> "CPU " + name + " (per " + unit + "): "
                        + usage.get(name).describe(operations.get(name), cores))
                .collect(Collectors.joining("; "));
    }
}
