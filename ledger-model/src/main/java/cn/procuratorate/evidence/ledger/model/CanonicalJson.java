package cn.procuratorate.evidence.ledger.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The one way ledger records become bytes. Every endorsing peer must produce the same bytes for
 * the same record, or endorsements do not match; so: properties and map entries sorted by name,
 * no whitespace, absent values left out (never {@code null}), no floating-point numbers at all,
 * instants as ISO-8601 UTC strings ({@link Instant#toString()}).
 *
 * <p>Reading is strict in the ways that matter for untrusted input: duplicate keys, unknown
 * properties, trailing content, floats where integers belong and strings where numbers or booleans
 * belong are refused. A record whose shape changes gets a new {@code schemaVersion}.
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            // Otherwise Jackson lists constructor (record) properties first, in declaration order.
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .addModule(canonicalValues())
            .build();

    private CanonicalJson() {
    }

    public static byte[] toBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new CanonicalJsonException("cannot write " + value.getClass().getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    public static String toJson(Object value) {
        return new String(toBytes(value), StandardCharsets.UTF_8);
    }

    public static <T> T fromBytes(byte[] json, Class<T> type) {
        return read(json, MAPPER.constructType(type));
    }

    public static <T> T fromJson(String json, Class<T> type) {
        return fromBytes(utf8(json), type);
    }

    public static <T> List<T> listFromJson(String json, Class<T> elementType) {
        return read(utf8(json), MAPPER.getTypeFactory().constructCollectionType(List.class, elementType));
    }

    private static <T> T read(byte[] json, JavaType type) {
        if (json == null || json.length == 0) {
            throw new CanonicalJsonException("no JSON to read", null);
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
            throw new CanonicalJsonException("not a valid " + type.getRawClass().getSimpleName() + ": " + message, e);
        } catch (RuntimeException e) {
            // A record constructor that rejects its components; still just bad input.
            throw new CanonicalJsonException("not a valid " + type.getRawClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static byte[] utf8(String json) {
        return json == null ? null : json.getBytes(StandardCharsets.UTF_8);
    }

    private static SimpleModule canonicalValues() {
        SimpleModule module = new SimpleModule("canonical-values");
        module.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.toString());
            }
        });
        module.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
                if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                    return (Instant) ctx.handleUnexpectedToken(Instant.class, parser);
                }
                try {
                    return Instant.parse(parser.getText());
                } catch (DateTimeParseException e) {
                    return (Instant) ctx.handleWeirdStringValue(Instant.class, parser.getText(),
                            "not an ISO-8601 UTC instant");
                }
            }
        });
        JsonSerializer<Number> noFloats = new JsonSerializer<>() {
            @Override
            public void serialize(Number value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                provider.reportMappingProblem("floating-point numbers have no canonical form: %s", value);
            }
        };
        module.addSerializer(Double.class, noFloats);
        module.addSerializer(Double.TYPE, noFloats);
        module.addSerializer(Float.class, noFloats);
        module.addSerializer(Float.TYPE, noFloats);
        module.addSerializer(BigDecimal.class, noFloats);
        return module;
    }
}
