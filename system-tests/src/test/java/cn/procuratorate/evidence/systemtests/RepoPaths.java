package cn.procuratorate.evidence.systemtests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository and its network scripts are, for tests that run them. */
public final class RepoPaths {
    private RepoPaths() {}

    public static Path root() {
        String configured = System.getProperty("evidence.repo.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("network/lib.sh"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root (with network/lib.sh) not found above " + start);
    }

    public static Path network(String script) {
        return root().resolve("network").resolve(script);
    }
}
