package cn.procuratorate.evidence.ledger.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads typed fields out of a profile's JSON tree and collects every problem, so that one
 * start-up error lists all that is wrong with a file instead of the first thing only.
 */
final class JsonFields {
    private static final Pattern HOST_PORT = Pattern.compile("^[A-Za-z0-9.\\-]+:(\\d{1,5})$");

    private final Path source;
    private final List<String> problems;

    JsonFields(Path source) {
        this(source, new ArrayList<>());
    }

    private JsonFields(Path source, List<String> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** A reader over the same problem list, for a nested object. */
    JsonFields shared() {
        return new JsonFields(source, problems);
    }

    void problem(String field, String text) {
        problems.add(field + ": " + text);
    }

    void throwIfAnyProblem(String what) {
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(
                    "Invalid " + what + " " + source + ":\n  - " + String.join("\n  - ", problems));
        }
    }

    boolean has(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    JsonNode object(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            problem(field, "missing");
            return null;
        }
        if (!value.isObject()) {
            problem(field, "must be an object");
            return null;
        }
        return value;
    }

    String text(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            problem(field, "missing");
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            problem(field, "must be a non-empty string");
            return null;
        }
        return value.asText();
    }

    String optionalText(JsonNode node, String name, String field) {
        return has(node, name) ? text(node, name, field) : null;
    }

    String matching(JsonNode node, String name, String field, Pattern pattern, String expected) {
        String value = text(node, name, field);
        if (value != null && !pattern.matcher(value).matches()) {
            problem(field, "'" + value + "' is not " + expected);
            return null;
        }
        return value;
    }

    String endpoint(JsonNode node, String name, String field) {
        String value = text(node, name, field);
        if (value == null) {
            return null;
        }
        var matcher = HOST_PORT.matcher(value);
        if (!matcher.matches() || !isPort(Integer.parseInt(matcher.group(1)))) {
            problem(field, "'" + value + "' is not host:port");
            return null;
        }
        return value;
    }

    int port(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            problem(field, "missing");
            return 0;
        }
        if (!value.isInt() || !isPort(value.asInt())) {
            problem(field, "must be a port number (1-65535)");
            return 0;
        }
        return value.asInt();
    }

    URI uri(JsonNode node, String name, String field) {
        String value = text(node, name, field);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                problem(field, "'" + value + "' is not an absolute URL");
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            problem(field, "'" + value + "' is not a URL");
            return null;
        }
    }

    URI optionalUri(JsonNode node, String name, String field) {
        return has(node, name) ? uri(node, name, field) : null;
    }

    /**
     * A file that must exist now. Relative paths resolve against the profile's own directory,
     * never the working directory, which differs between modules and test runners.
     */
    Path existingFile(JsonNode node, String name, String field) {
        String value = text(node, name, field);
        if (value == null) {
            return null;
        }
        Path path;
        try {
            path = Path.of(value);
        } catch (InvalidPathException e) {
            problem(field, "'" + value + "' is not a valid path");
            return null;
        }
        if (!path.isAbsolute()) {
            Path base = source.toAbsolutePath().getParent();
            path = base.resolve(path).normalize();
        }
        if (!Files.isRegularFile(path)) {
            problem(field, "file not found: " + path);
            return null;
        }
        if (!Files.isReadable(path)) {
            problem(field, "file not readable: " + path);
            return null;
        }
        return path;
    }

    private static boolean isPort(int port) {
        return port >= 1 && port <= 65535;
    }
}
