package cn.procuratorate.evidence.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each feature package keeps its {@code internal} subpackage to itself: no other feature imports
 * from it. Read from the sources, so that it fails at the line that breaks the rule.
 */
class ModularityTest {

  private static final Path SOURCES = Path.of("src/main/java/cn/procuratorate/evidence/node");
  private static final Pattern INTERNAL_IMPORT =
      Pattern.compile("^import (?:static )?cn\\.procuratorate\\.evidence\\.node\\.(\\w+)\\.internal\\.", Pattern.MULTILINE);

  @Test
  void noFeatureReachesIntoAnothersInternals() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String feature = featureOf(file);
        Matcher imports = INTERNAL_IMPORT.matcher(Files.readString(file));
        while (imports.find()) {
          if (!imports.group(1).equals(feature)) {
            violations.add(SOURCES.relativize(file) + " imports " + imports.group(1) + ".internal");
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void everyPackageSaysWhatItIsFor() throws IOException {
    List<Path> missing = new ArrayList<>();
    try (Stream<Path> dirs = Files.walk(SOURCES)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        if (!Files.exists(dir.resolve("package-info.java"))) {
          missing.add(dir);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static String featureOf(Path file) {
    Path relative = SOURCES.relativize(file);
    return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
  }
}
