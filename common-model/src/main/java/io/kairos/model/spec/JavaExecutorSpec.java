package io.kairos.model.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Objects;

/** Runs an in-process step: the {@code PipelineExecutor} named by {@code class}, given {@code config}. */
public record JavaExecutorSpec(@JsonProperty("class") String className, Map<String, Object> config)
        implements ExecutorSpec {

    public JavaExecutorSpec {
        Objects.requireNonNull(className, "className");
        config = config == null ? Map.of() : Map.copyOf(config);
    }

    @JsonIgnore
    @Override
    public String type() {
        return "java";
    }
}
