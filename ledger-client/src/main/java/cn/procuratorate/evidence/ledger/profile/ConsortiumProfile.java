package cn.procuratorate.evidence.ledger.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code consortium.json}: the channel, the chaincode and every member agency's short name. */
public record ConsortiumProfile(String channel, String chaincode, List<String> agencies, URI s3AdminEndpoint) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ConsortiumProfile {
        agencies = List.copyOf(agencies);
    }

    public static ConsortiumProfile load(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InvalidProfileException("Consortium profile not found: " + file, e);
        } catch (IOException e) {
            throw new InvalidProfileException("Consortium profile " + file + " is not readable JSON: "
                    + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidProfileException("Consortium profile " + file + " is not a JSON object");
        }
        JsonFields f = new JsonFields(file);
        String channel = f.text(root, "channel", "channel");
        String chaincode = f.text(root, "chaincode", "chaincode");
        List<String> agencies = agencies(f, root.get("agencies"));
        URI s3Admin = f.optionalUri(root, "s3AdminEndpoint", "s3AdminEndpoint");
        f.throwIfAnyProblem("consortium profile");
        return new ConsortiumProfile(channel, chaincode, agencies, s3Admin);
    }

    private static List<String> agencies(JsonFields f, JsonNode node) {
        List<String> agencies = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            f.problem("agencies", "must be a non-empty array of agency names");
            return agencies;
        }
        for (JsonNode element : node) {
            String name = element.asText();
            if (!element.isTextual() || !ConnectionProfile.AGENCY_NAME.matcher(name).matches()) {
                f.problem("agencies", "'" + element + "' is not an agency name ([a-z][a-z0-9-]*)");
            } else if (agencies.contains(name)) {
                f.problem("agencies", "'" + name + "' listed twice");
            } else {
                agencies.add(name);
            }
        }
        return agencies;
    }
}
