package cn.procuratorate.evidence.benchmark.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-run values of several named figures, collected run by run and summarised at the end.
 * Names keep the order in which they were first recorded.
 */
public final class Series {
    private final Map<String, List<Double>> values = new LinkedHashMap<>();

    public void record(String name, double value) {
        values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value recorded last under this name; NaN if none was. */
    public double last(String name) {
        List<Double> recorded = values.get(name);
        return recorded == null || recorded.isEmpty() ? Double.NaN : recorded.get(recorded.size() - 1);
    }

    public Summary summary(String name) {
        List<Double> recorded = values.get(name);
        if (recorded == null) {
            throw new IllegalArgumentException("nothing recorded for " + name);
        }
        return Summary.of(recorded);
    }
}
