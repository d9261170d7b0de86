package cn.procuratorate.evidence.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line: {@code [--quick|--full] [--runs N] [--only id,id] [--out DIR]}.
 *
 * @param only scenario ids to run; empty for all
 * @param out  where results.json and results.md go; empty for benchmark/results/&lt;time&gt;-&lt;mode&gt;
 * @param anchoringConcurrencies client threads for the anchoring scenario; empty for the plan's
 */
public record BenchmarkOptions(boolean full, Optional<Integer> runs, List<String> only, Optional<Path> out,
        List<Integer> anchoringConcurrencies) {

    public static final String USAGE = """
            usage: benchmark/run [--quick|--full] [--runs N] [--only SCENARIO[,SCENARIO...]] [--out DIR]
              --quick   small sizes, a few minutes (default)
              --full    the sizes of issue 5 (1 GiB, 10,000 files, 100,000 preloaded items): an hour or more
              --runs N  runs per figure (default 3 quick, 5 full)
              --only    any of: ingest, anchoring, verification, hand-off, growth, node
              --concurrency C[,C...]  anchoring client threads (default 1,16,64), e.g. 1,16,64,256
              --out DIR results directory (default benchmark/results/<time>-<mode>)""";

    public static BenchmarkOptions parse(String... args) {
        boolean full = false;
        Integer runs = null;
        List<String> only = new ArrayList<>();
        Path out = null;
        List<Integer> concurrencies = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> full = false;
                case "--full" -> full = true;
                case "--runs" -> {
                    runs = parseBounded(value(args, ++i, arg), arg, 1, 100);
                }
                case "--only" -> {
                    for (String id : value(args, ++i, arg).split(",")) {
                        if (!id.isBlank()) {
                            only.add(id.strip());
                        }
                    }
                }
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--concurrency" -> {
                    for (String c : value(args, ++i, arg).split(",")) {
                        concurrencies.add(parseBounded(c.strip(), arg, 1, 1024));
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'\n" + USAGE);
            }
        }
        return new BenchmarkOptions(full, Optional.ofNullable(runs), List.copyOf(only), Optional.ofNullable(out),
                List.copyOf(concurrencies));
    }

    public BenchmarkPlan plan() {
        BenchmarkPlan plan = full ? BenchmarkPlan.full() : BenchmarkPlan.quick();
        plan = runs.map(plan::withRuns).orElse(plan);
        return anchoringConcurrencies.isEmpty() ? plan : plan.withAnchoringConcurrencies(anchoringConcurrencies);
    }

    private static int parseBounded(String text, String option, int min, int max) {
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs numbers from " + min + " to " + max + ", got '" + text + "'");
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[index];
    }
}
