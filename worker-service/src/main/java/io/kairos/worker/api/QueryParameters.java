package io.kairos.worker.api;

import io.kairos.model.id.PipelineId;
import io.kairos.model.run.RunState;
import io.kairos.worker.ledger.query.RunFilter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The query string of a request, and the run filter it asks for, with every problem reported at once. */
final class QueryParameters {

    static final String SCOPE = "scope";
    static final String LOCAL = "local";

    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = values;
    }

    static QueryParameters parse(String rawQuery) {
        Map<String, String> values = new HashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                values.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return new QueryParameters(values);
    }

    static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** Whether {@code scope=local} was asked; any other scope value is refused. */
    boolean isLocalScope() {
        String scope = values.get(SCOPE);
        if (scope != null && !LOCAL.equals(scope)) {
            throw ApiException.badRequest(List.of(new ApiProblem(SCOPE, "must be \"" + LOCAL + "\" or absent, was \""
                    + (scope.length() > 40 ? scope.substring(0, 40) + "…" : scope) + "\"")));
        }
        return scope != null;
    }

    /** The value of {@code name}, or null when absent or empty. */
    String get(String name) {
        String value = values.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** An integer parameter in {@code [min, max]}, {@code fallback} when absent; a problem is added otherwise. */
    int integer(String name, int fallback, int min, int max, List<ApiProblem> problems) {
        Integer value = parse(name, Integer::valueOf, problems);
        int effective = value == null ? fallback : value;
        if (effective < min || effective > max) {
            problems.add(new ApiProblem(name, "must be between " + min + " and " + max + ", was " + value));
            return fallback;
        }
        return effective;
    }

    /** The {@code limit} and {@code offset} of a list. */
    Page page(int defaultLimit, int maxLimit) {
        List<ApiProblem> problems = new ArrayList<>();
        Page page = new Page(integer("limit", defaultLimit, 1, maxLimit, problems),
                integer("offset", 0, 0, Integer.MAX_VALUE - maxLimit, problems));
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        return page;
    }

    RunFilter runFilter() {
        return runFilter(null);
    }

    /** The run filter, restricted to {@code tenant} when not null. */
    RunFilter runFilter(String tenant) {
        List<ApiProblem> problems = new ArrayList<>();
        PipelineId pipeline = parse("pipeline", PipelineId::parse, problems);
        RunState state = parse("state", RunState::parse, problems);
        int limit = integer("limit", RunFilter.DEFAULT_LIMIT, 1, RunFilter.MAX_LIMIT, problems);
        int offset = integer("offset", 0, 0, RunFilter.MAX_LIMIT - 1, problems);
        if (offset + limit > RunFilter.MAX_LIMIT) {
            problems.add(new ApiProblem("offset", "offset + limit must be at most " + RunFilter.MAX_LIMIT));
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        return new RunFilter(pipeline, state, Math.min(RunFilter.MAX_LIMIT, offset + limit), tenant);
    }

    /** Where a page of a list starts and how long it is. */
    record Page(int limit, int offset) {

        <T> List<T> of(List<T> all) {
            return all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
        }
    }

    <T> T parse(String name, Function<String, T> parser, List<ApiProblem> problems) {
        String value = values.get(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            problems.add(new ApiProblem(name, e.getMessage()));
            return null;
        }
    }
}
