package io.kairos.model.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a program: {@code command} is the program and its arguments (no shell), {@code env} is added
 * to the worker's environment, {@code workingDir} is optional.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandExecutorSpec(List<String> command, Map<String, String> env, String workingDir)
        implements ExecutorSpec {

    public CommandExecutorSpec {
        Objects.requireNonNull(command, "command");
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command: must name a program");
        }
        command = List.copyOf(command);
        env = env == null ? Map.of() : Map.copyOf(env);
    }

    @JsonIgnore
    @Override
    public String type() {
        return "command";
    }
}
