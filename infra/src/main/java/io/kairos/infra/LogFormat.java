package io.kairos.infra;

import java.util.Arrays;
import java.util.Locale;

/**
 * How {@code bin/kairos} logs: {@code text} (default) or {@code json} lines. The choice is a system
 * property read by {@code logback.xml}, so it must be made before the first logger exists: main
 * reads it from the arguments before anything else runs.
 */
public enum LogFormat {
    text,
    json;

    public static final String PROPERTY = "kairos.log.format";
    public static final String OPTION = "--log-format";

    /** Sets the property from {@code --log-format X} or {@code --log-format=X} in {@code args}, if present. */
    public static void applyFrom(String[] args) {
        String value = valueIn(args);
        if (value != null) {
            System.setProperty(PROPERTY, parse(value).name());
        }
    }

    static String valueIn(String[] args) {
        int at = Arrays.asList(args).indexOf(OPTION);
        if (at >= 0 && at + 1 < args.length) {
            return args[at + 1];
        }
        return Arrays.stream(args).filter(arg -> arg.startsWith(OPTION + "=")).findFirst()
                .map(arg -> arg.substring(OPTION.length() + 1)).orElse(null);
    }

    static LogFormat parse(String value) {
        try {
            return valueOf(value.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(OPTION + " must be text or json, was '" + value + "'", e);
        }
    }
}
