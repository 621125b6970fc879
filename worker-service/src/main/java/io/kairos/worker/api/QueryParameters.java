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

    RunFilter runFilter() {
        List<ApiProblem> problems = new ArrayList<>();
        PipelineId pipeline = parse("pipeline", PipelineId::parse, problems);
        RunState state = parse("state", RunState::parse, problems);
        Integer limit = parse("limit", Integer::valueOf, problems);
        int effectiveLimit = limit == null ? RunFilter.DEFAULT_LIMIT : limit;
        if (effectiveLimit < 1 || effectiveLimit > RunFilter.MAX_LIMIT) {
            problems.add(new ApiProblem("limit", "must be between 1 and " + RunFilter.MAX_LIMIT + ", was " + limit));
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        return new RunFilter(pipeline, state, effectiveLimit);
    }

    private <T> T parse(String name, Function<String, T> parser, List<ApiProblem> problems) {
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
