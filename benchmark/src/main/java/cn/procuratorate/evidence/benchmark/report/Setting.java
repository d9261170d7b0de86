package cn.procuratorate.evidence.benchmark.report;

import java.util.Objects;

/**
 * One consortium or client setting the figures depend on, and where its value came from.
 *
 * @param section e.g. "channel", "peer", "client"
 * @param source  the file, environment variable or default the value was read from
 */
public record Setting(String section, String name, String value, String source) {
    public Setting {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
