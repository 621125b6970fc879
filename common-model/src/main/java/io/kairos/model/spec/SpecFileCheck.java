package io.kairos.model.spec;

import io.kairos.model.id.PipelineId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads spec files and collects every problem with its file: invalid documents, unreadable files,
 * and one pipeline id declared twice.
 */
public final class SpecFileCheck {

    private final List<PipelineSpec> specs = new ArrayList<>();
    private final List<FileProblem> problems = new ArrayList<>();
    private final Map<PipelineId, Path> declaredIn = new HashMap<>();

    /** A problem of one spec file. */
    public record FileProblem(Path file, String path, String message) {
        @Override
        public String toString() {
            return file + ": " + path + ": " + message;
        }
    }

    public static SpecFileCheck of(List<Path> files) {
        SpecFileCheck check = new SpecFileCheck();
        files.forEach(check::read);
        return check;
    }

    public List<PipelineSpec> specs() {
        return specs;
    }

    public List<FileProblem> problems() {
        return problems;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The specs, or an exception listing every problem with its file. */
    public List<PipelineSpec> validSpecs() {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.size() + " problem(s) in pipeline specs:\n  "
                    + String.join("\n  ", problems.stream().map(FileProblem::toString).toList()));
        }
        return specs;
    }

    private void read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new FileProblem(file, SpecProblem.DOCUMENT, "cannot read: " + e.getMessage()));
            return;
        }
        try {
            SpecParser.parseAll(text).forEach(spec -> accept(file, spec));
        } catch (InvalidSpecException e) {
            e.problems().forEach(p -> problems.add(new FileProblem(file, p.path(), p.message())));
        }
    }

    private void accept(Path file, PipelineSpec spec) {
        Path earlier = declaredIn.putIfAbsent(spec.id(), file);
        if (earlier != null) {
            problems.add(new FileProblem(file, "id", "\"" + spec.id() + "\" is also declared in " + earlier));
            return;
        }
        specs.add(spec);
    }
}
