package cn.procuratorate.evidence.chaincode.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeysTest {

    @Test
    void sortableTimesSortLikeTheInstantsThemselves() {
        List<Instant> instants = List.of(
                Instant.parse("2025-03-01T08:00:00Z"),
                Instant.parse("2025-03-01T08:00:00.000000001Z"),
                Instant.parse("2025-03-01T08:00:00.5Z"),
                Instant.parse("2025-03-01T08:00:01Z"),
                Instant.parse("2025-12-31T23:59:59.999999999Z"));
        List<String> keys = new ArrayList<>(instants.stream().map(Keys::sortableTime).toList());

        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(null);

        assertThat(sorted).isEqualTo(keys);
        assertThat(keys.get(0)).isEqualTo("2025-03-01T08:00:00.000000000Z");
    }

    @Test
    void positionsAreFixedWidth() {
        assertThat(Keys.position(0)).isEqualTo("0000");
        assertThat(Keys.position(499)).isEqualTo("0499");
    }
}
