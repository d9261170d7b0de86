package cn.procuratorate.evidence.benchmark.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Memory figures of a process from /proc/&lt;pid&gt;/status, and its command line. */
public final class ProcStatus {
    private ProcStatus() {}

    /** A "Name:   123 kB" field of a status text in KiB; -1 when absent or malformed. */
    public static long fieldKib(String statusText, String field) {
        String prefix = field.endsWith(":") ? field : field + ":";
        for (String line : statusText.split("\n")) {
            if (line.startsWith(prefix)) {
                String[] parts = line.substring(prefix.length()).trim().split("\\s+");
                try {
                    return Long.parseLong(parts[0]);
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** The field of a live process in KiB; -1 when unreadable. */
    public static long readKib(long pid, String field) {
        try {
            return fieldKib(Files.readString(Path.of("/proc", Long.toString(pid), "status")), field);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Resets the peak RSS (VmHWM) to the current RSS by writing 5 to /proc/&lt;pid&gt;/clear_refs
     * (Linux 4.0 and later; needs the same user as the process). False when that was refused.
     */
    public static boolean resetPeakRss(long pid) {
        try {
            Files.writeString(Path.of("/proc", Long.toString(pid), "clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The JVM options (arguments starting with -X or -XX:) of a NUL-separated command line. */
    public static List<String> jvmOptions(String nulSeparatedCommandLine) {
        List<String> options = new ArrayList<>();
        for (String argument : nulSeparatedCommandLine.split("\0")) {
            if (argument.equals("-jar") || argument.equals("-cp") || argument.equals("-classpath")) {
                break;
            }
            if (argument.startsWith("-X")) {
                options.add(argument);
            }
        }
        return options;
    }

    /** JVM options of a live process, "unknown" when /proc does not say. */
    public static String jvmOptions(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            List<String> options = jvmOptions(new String(raw, StandardCharsets.UTF_8));
            return options.isEmpty() ? "no -X options" : String.join(" ", options);
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
