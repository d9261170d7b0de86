package cn.procuratorate.evidence.benchmark.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * MinIO's root credentials from {@code network/run/minio/root.env} ({@code KEY=VALUE} lines), which
 * only the scratch bucket's creation and clean-up use. Never printed.
 */
public record RootCredentials(String user, String password) {

    public static RootCredentials read(Path file) {
        Map<String, String> values;
        try {
            values = parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MinIO root credentials " + file, e);
        }
        String user = values.get("MINIO_ROOT_USER");
        String password = values.get("MINIO_ROOT_PASSWORD");
        if (user == null || password == null || user.isEmpty() || password.isEmpty()) {
            throw new IllegalStateException(file + " lacks MINIO_ROOT_USER or MINIO_ROOT_PASSWORD");
        }
        return new RootCredentials(user, password);
    }

    static Map<String, String> parse(String text) {
        Map<String, String> values = new HashMap<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String value = line.substring(eq + 1).strip();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            values.put(line.substring(0, eq).strip(), value);
        }
        return values;
    }

    @Override
    public String toString() {
        return "RootCredentials[user=" + user + ", password=***]";
    }
}
