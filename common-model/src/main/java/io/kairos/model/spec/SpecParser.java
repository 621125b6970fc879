package io.kairos.model.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads pipeline specs from YAML or JSON text (see DESIGN.md "Pipeline spec"). The text is parsed to
 * a tree first and then walked field by field, so one refusal lists every problem, each with its
 * field path; no Jackson, YAML or cron-utils exception reaches the caller.
 *
 * <p>Text whose first non-blank character is <code>{</code> is read as JSON, anything else as YAML.
 */
public final class SpecParser {

    private static final ObjectMapper YAML = YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private SpecParser() {
    }

    /**
     * Reads one spec.
     *
     * @throws InvalidSpecException with every problem found; a syntax error is one problem at
     *         {@link SpecProblem#DOCUMENT} with its line and column
     */
    public static PipelineSpec parse(String text) {
        return parse(tree(text));
    }

    /** Reads one spec from a tree parsed elsewhere, such as an HTTP request body. */
    public static PipelineSpec parse(JsonNode document) {
        SpecProblems problems = new SpecProblems();
        Optional<PipelineSpec> spec = read(document, "", problems);
        return spec.orElseThrow(() -> new InvalidSpecException(problems.list()));
    }

    /**
     * Reads every document of a YAML stream (documents separated by {@code ---}; a JSON text holds
     * one). When the text holds several documents, problems of the document at index i (from 0)
     * have paths starting {@code [i].}, as in {@code [1].schedule.cron}; a single document's paths
     * have no prefix. Nothing is returned unless every document is valid.
     */
    public static List<PipelineSpec> parseAll(String text) {
        List<JsonNode> documents = trees(text);
        SpecProblems problems = new SpecProblems();
        List<PipelineSpec> specs = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            read(documents.get(i), documents.size() == 1 ? "" : "[" + i + "]", problems).ifPresent(specs::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems.list());
        }
        return List.copyOf(specs);
    }

    private static Optional<PipelineSpec> read(JsonNode document, String path, SpecProblems problems) {
        if (document == null || document.isNull() || document.isMissingNode()) {
            problems.add(path.isEmpty() ? SpecProblem.DOCUMENT : path, "is empty; expected a pipeline spec with at least id and executor");
            return Optional.empty();
        }
        if (!document.isObject()) {
            problems.add(path.isEmpty() ? SpecProblem.DOCUMENT : path, "expected an object with fields such as id, schedule and executor, got "
                    + SpecProblems.show(document));
            return Optional.empty();
        }
        int before = problems.list().size();
        Optional<PipelineSpec> spec = PipelineSpecReader.read(new SpecObject(document, path, problems));
        return problems.list().size() == before ? spec : Optional.empty();
    }

    private static JsonNode tree(String text) {
        List<JsonNode> documents = trees(text);
        if (documents.size() > 1) {
            throw new InvalidSpecException(List.of(new SpecProblem(SpecProblem.DOCUMENT,
                    "holds " + documents.size() + " documents; expected one pipeline spec")));
        }
        return documents.isEmpty() ? null : documents.get(0);
    }

    /** JSON when the text looks like JSON and parses as JSON; YAML otherwise (flow-style YAML also starts with a brace). */
    private static List<JsonNode> trees(String text) {
        if (!text.stripLeading().startsWith("{")) {
            return trees(YAML, "YAML", text);
        }
        try {
            return trees(JSON, "JSON", text);
        } catch (InvalidSpecException notJson) {
            try {
                return trees(YAML, "YAML", text);
            } catch (InvalidSpecException notYaml) {
                throw notJson;
            }
        }
    }

    /** Every root value of the text, one per document; a root list stays one document. */
    private static List<JsonNode> trees(ObjectMapper mapper, String format, String text) {
        List<JsonNode> documents = new ArrayList<>();
        try (JsonParser parser = mapper.createParser(text)) {
            while (parser.nextToken() != null) {
                documents.add(mapper.readTree(parser));
            }
            return documents;
        } catch (JsonProcessingException e) {
            throw new InvalidSpecException(List.of(new SpecProblem(SpecProblem.DOCUMENT, syntaxError(format, e))));
        } catch (IOException e) {
            throw new InvalidSpecException(List.of(new SpecProblem(SpecProblem.DOCUMENT, "could not be read: " + e.getMessage())));
        }
    }

    /** {@code not valid YAML at line 3, column 9: mapping values are not allowed here}. */
    private static String syntaxError(String format, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        String reason = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("").strip();
        return "not valid " + format + where + ": " + reason;
    }
}
