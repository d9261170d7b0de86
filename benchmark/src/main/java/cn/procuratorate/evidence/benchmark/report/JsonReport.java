package cn.procuratorate.evidence.benchmark.report;

import cn.procuratorate.evidence.benchmark.stats.Summary;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The report as JSON, for comparing runs with a script. Field names are stable; a figure that
 * was not measured has {@code "value": null} and its reason in {@code "note"}.
 */
public final class JsonReport {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    public static String render(BenchmarkReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("mode", report.mode());
        root.put("startedAt", report.startedAt().toString());
        root.put("finishedAt", report.finishedAt().toString());
        ObjectNode environment = root.putObject("environment");
        report.environment().forEach(environment::put);
        ArrayNode settings = root.putArray("settings");
        for (Setting setting : report.settings()) {
            settings.addObject().put("section", setting.section()).put("name", setting.name())
                    .put("value", setting.value()).put("source", setting.source());
        }
        ArrayNode figures = root.putArray("figures");
        for (Figure figure : report.figures()) {
            ObjectNode node = figures.addObject();
            node.put("scenario", figure.scenario());
            node.put("name", figure.name());
            node.put("unit", figure.unit());
            summary(node, "value", figure.value());
            node.put("baselineName", figure.baselineName());
            summary(node, "baseline", figure.baseline());
            figure.ratio().ifPresentOrElse(ratio -> node.put("ratio", ratio), () -> node.putNull("ratio"));
            if (figure.target() == null) {
                node.putNull("target");
            } else {
                ObjectNode target = node.putObject("target");
                target.put("text", figure.target().text());
                target.put("kind", figure.target().kind().name());
                target.put("threshold", figure.target().threshold());
                target.put("status", figure.targetStatus().orElse(null));
            }
            node.put("note", figure.note());
        }
        ArrayNode notes = root.putArray("notes");
        report.notes().forEach(notes::add);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    private static void summary(ObjectNode parent, String field, Summary summary) {
        if (summary == null) {
            parent.putNull(field);
            return;
        }
        parent.putObject(field).put("median", summary.median()).put("min", summary.min())
                .put("max", summary.max()).put("runs", summary.runs());
    }
}
