package io.kairos.model.spec;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parses the lower-case, dash-separated names that specs and records use for enum values. */
public final class WireNames {

    private WireNames() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, E[] values, Function<E, String> wireName, String value) {
        for (E candidate : values) {
            if (wireName.apply(candidate).equals(value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("\"" + value + "\" is not one of "
                + Arrays.stream(values).map(wireName).collect(Collectors.joining(" | ")));
    }

    /** The usual wire name of an enum constant: {@code BUFFER_ONE} becomes {@code buffer-one}. */
    public static String of(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
