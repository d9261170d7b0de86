package cn.procuratorate.evidence.benchmark;

import cn.procuratorate.evidence.benchmark.report.Figure;
import java.util.List;

/**
 * One benchmark scenario: measures its figures and their raw baselines in the same run. A
 * scenario that cannot measure a figure returns it {@link Figure#notMeasured not measured} with
 * the reason, never an invented number.
 */
public interface Scenario {

    /** Short name for {@code --only} and the report's first column, e.g. {@code anchoring}. */
    String id();

    /** One line saying what is measured against what. */
    String title();

    List<Figure> run(BenchmarkContext context) throws Exception;
}
