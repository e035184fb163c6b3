package nl.dictu.tvs.portal.shared.json;

import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The portal's one way to write and read JSON, on Jakarta JSON Processing (the server's
 * implementation; the command-line jar carries Eclipse Parsson). Values are plain Java: ordered
 * maps, lists, strings, booleans, numbers, and dates, instants and enums as their text. The same
 * value always gives the same text (key order is the map's order), which document IDs rely on.
 */
public final class Json {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonGeneratorFactory COMPACT = PROVIDER.createGeneratorFactory(Map.of());
    private static final JsonGeneratorFactory PRETTY =
            PROVIDER.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());

    private Json() {
    }

    /** Compact JSON: what is stored (audit events, drafts, reports, mail parameters) and sent. */
    public static String write(Object value) {
        return write(value, COMPACT);
    }

    /** Indented JSON, for a copy people may read (the dossier's machine-readable attachment). */
    public static String writeIndented(Object value) {
        return write(value, PRETTY).strip() + "\n";
    }

    private static String write(Object value, JsonGeneratorFactory factory) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator generator = factory.createGenerator(out)) {
            value(generator, null, value);
        }
        return out.toString();
    }

    private static void value(JsonGenerator out, String name, Object value) {
        if (value == null) {
            if (name == null) {
                out.writeNull();
            } else {
                out.writeNull(name);
            }
        } else if (value instanceof String || value instanceof Instant || value instanceof LocalDate
                || value instanceof Enum<?>) {
            String text = value.toString();
            if (name == null) {
                out.write(text);
            } else {
                out.write(name, text);
            }
        } else if (value instanceof Boolean b) {
            if (name == null) {
                out.write(b);
            } else {
                out.write(name, b);
            }
        } else if (value instanceof Integer || value instanceof Long) {
            long number = ((Number) value).longValue();
            if (name == null) {
                out.write(number);
            } else {
                out.write(name, number);
            }
        } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            BigDecimal number = value instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) value).doubleValue());
            if (name == null) {
                out.write(number);
            } else {
                out.write(name, number);
            }
        } else if (value instanceof Map<?, ?> map) {
            if (name == null) {
                out.writeStartObject();
            } else {
                out.writeStartObject(name);
            }
            map.forEach((key, item) -> value(out, key.toString(), item));
            out.writeEnd();
        } else if (value instanceof List<?> list) {
            if (name == null) {
                out.writeStartArray();
            } else {
                out.writeStartArray(name);
            }
            list.forEach(item -> value(out, null, item));
            out.writeEnd();
        } else {
            throw new IllegalArgumentException("No JSON form for " + value.getClass().getName());
        }
    }

    /**
     * Reads JSON into ordered maps, lists, strings, booleans, {@code null} and numbers ({@link Long}
     * when whole, else {@link BigDecimal}).
     *
     * @throws IllegalArgumentException when the text is not one JSON value
     */
    public static Object read(String json) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(json))) {
            if (!parser.hasNext()) {
                throw new IllegalArgumentException("No JSON value");
            }
            Object value = value(parser, parser.next());
            if (parser.hasNext()) {
                throw new IllegalArgumentException("Trailing content after the JSON value");
            }
            return value;
        } catch (JsonParsingException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getMessage(), e);
        } catch (JsonException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getMessage(), e);
        }
    }

    /** {@link #read(String)} for a document whose root must be an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readObject(String json) {
        if (read(json) instanceof Map<?, ?> object) {
            return (Map<String, Object>) object;
        }
        throw new IllegalArgumentException("Not a JSON object");
    }

    private static Object value(JsonParser parser, JsonParser.Event event) {
        return switch (event) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String key = parser.getString();
                    object.put(key, value(parser, parser.next()));
                }
                yield object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    array.add(value(parser, next));
                }
                yield array;
            }
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER -> parser.isIntegralNumber() ? (Object) parser.getLong() : parser.getBigDecimal();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IllegalArgumentException("Unexpected JSON " + event);
        };
    }
}
