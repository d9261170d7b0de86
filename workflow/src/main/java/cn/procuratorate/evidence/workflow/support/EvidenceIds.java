package cn.procuratorate.evidence.workflow.support;

import java.util.Arrays;
import java.util.List;

/**
 * Evidence ids travel through the engine as one comma-separated string: Camunda stores a
 * {@code List} only by Java serialization, which is disabled (and should stay so), and ledger ids
 * never contain commas.
 */
public final class EvidenceIds {

    private EvidenceIds() {
    }

    public static String join(List<String> ids) {
        for (String id : ids) {
            if (id == null || id.isBlank() || id.contains(",")) {
                throw new IllegalArgumentException(
                        "evidence id must be non-empty and without commas, got \"" + id + "\"");
            }
        }
        return String.join(",", ids);
    }

    public static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
    }
}
