package io.kairos.model.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One JSON object of a spec, read field by field. Each getter returns the value when it is present
 * and well typed; otherwise it records a problem at the field's path and returns empty, so reading
 * goes on and every problem is found. A field set to null counts as absent.
 */
final class SpecObject {

    static final String DURATION_EXAMPLE = "PT2S";
    static final String INSTANT_EXAMPLE = "2026-12-01T09:00:00Z";

    private final JsonNode node;
    private final String path;
    private final SpecProblems problems;

    SpecObject(JsonNode node, String path, SpecProblems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    SpecProblems problems() {
        return problems;
    }

    boolean has(String field) {
        return value(field).isPresent();
    }

    Optional<JsonNode> value(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** Records {@code unknown field "x"} (with a suggestion when close) for every field not in {@code known}. */
    void refuseUnknownFields(Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                String suggestion = DidYouMean.closest(name, known).map(s -> "; did you mean \"" + s + "\"?").orElse("");
                problems.add(pathOf(name), "unknown field \"" + name + "\"" + suggestion);
            }
        }
    }

    void require(String field, String expectation) {
        if (!has(field)) {
            problems.add(pathOf(field), "is required: " + expectation);
        }
    }

    Optional<String> text(String field) {
        return typed(field, JsonNode::isTextual, "a string", JsonNode::asText);
    }

    Optional<Boolean> bool(String field) {
        return typed(field, JsonNode::isBoolean, "true or false", JsonNode::asBoolean);
    }

    Optional<Integer> integer(String field, int min, int max, String expectation) {
        Optional<JsonNode> value = value(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        JsonNode v = value.get();
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
            problems.add(pathOf(field), "expected " + expectation + ", got " + SpecProblems.show(v));
            return Optional.empty();
        }
        return Optional.of(v.asInt());
    }

    Optional<Double> fraction(String field) {
        Optional<JsonNode> value = value(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        JsonNode v = value.get();
        if (!v.isNumber() || !(v.asDouble() >= 0.0 && v.asDouble() <= 1.0)) {
            problems.add(pathOf(field), "expected a number between 0 and 1, got " + SpecProblems.show(v));
            return Optional.empty();
        }
        return Optional.of(v.asDouble());
    }

    Optional<Duration> duration(String field) {
        return text(field, "an ISO-8601 duration such as " + DURATION_EXAMPLE).flatMap(text -> {
            try {
                return Optional.of(Duration.parse(text));
            } catch (DateTimeParseException e) {
                problems.add(pathOf(field), "\"" + text + "\": not an ISO-8601 duration such as " + DURATION_EXAMPLE);
                return Optional.empty();
            }
        });
    }

    /** A duration that also meets {@code isValid}; otherwise the problem is {@code "PT0S": <requirement>}. */
    Optional<Duration> duration(String field, Predicate<Duration> isValid, String requirement) {
        return duration(field).filter(duration -> {
            boolean valid = isValid.test(duration);
            if (!valid) {
                refuse(field, duration.toString(), requirement);
            }
            return valid;
        });
    }

    Optional<Instant> instant(String field) {
        return text(field, "an ISO-8601 instant such as " + INSTANT_EXAMPLE).flatMap(text -> {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e) {
                problems.add(pathOf(field), "\"" + text + "\": not an ISO-8601 instant such as " + INSTANT_EXAMPLE);
                return Optional.empty();
            }
        });
    }

    /** One of the enum's wire names ({@code buffer-one} for {@code BUFFER_ONE}). */
    <E extends Enum<E>> Optional<E> choice(String field, E[] values) {
        return text(field).flatMap(text -> {
            for (E value : values) {
                if (WireNames.of(value).equals(text)) {
                    return Optional.of(value);
                }
            }
            refuse(field, text, "expected one of " + Arrays.stream(values).map(WireNames::of).collect(Collectors.joining(" | ")));
            return Optional.empty();
        });
    }

    Optional<SpecObject> object(String field) {
        return typed(field, JsonNode::isObject, "an object", v -> new SpecObject(v, pathOf(field), problems));
    }

    /** Records {@code "value": reason} at the field's path. */
    void refuse(String field, String value, String reason) {
        problems.add(pathOf(field), "\"" + value + "\": " + reason);
    }

    private Optional<String> text(String field, String expectation) {
        return typed(field, JsonNode::isTextual, expectation, JsonNode::asText);
    }

    private <T> Optional<T> typed(String field, Function<JsonNode, Boolean> isType, String expectation, Function<JsonNode, T> read) {
        Optional<JsonNode> value = value(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!isType.apply(value.get())) {
            problems.add(pathOf(field), "expected " + expectation + ", got " + SpecProblems.show(value.get()));
            return Optional.empty();
        }
        return Optional.of(read.apply(value.get()));
    }
}
