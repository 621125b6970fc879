package io.kairos.model.spec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What an executor does for a run of the pipeline. The {@code type} field selects the kind. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CommandExecutorSpec.class, name = "command"),
    @JsonSubTypes.Type(value = HttpExecutorSpec.class, name = "http"),
    @JsonSubTypes.Type(value = SleepExecutorSpec.class, name = "sleep"),
    @JsonSubTypes.Type(value = JavaExecutorSpec.class, name = "java")
})
public sealed interface ExecutorSpec permits CommandExecutorSpec, HttpExecutorSpec, SleepExecutorSpec, JavaExecutorSpec {

    /** The value of the {@code type} field. */
    String type();
}
