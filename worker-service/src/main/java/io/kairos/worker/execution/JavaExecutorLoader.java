package io.kairos.worker.execution;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds in-process steps: the {@link PipelineExecutor} implementations listed for {@link ServiceLoader}
 * on the class path, by class name. Each attempt gets a fresh instance.
 */
public final class JavaExecutorLoader {

    private final ClassLoader classLoader;
    private final Map<String, ServiceLoader.Provider<PipelineExecutor>> providers = new ConcurrentHashMap<>();

    public JavaExecutorLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** A new instance of the step named {@code className}, or empty when no provider has that name. */
    public Optional<PipelineExecutor> create(String className) {
        ServiceLoader.Provider<PipelineExecutor> provider = providers.computeIfAbsent(className, this::find);
        return Optional.ofNullable(provider).map(ServiceLoader.Provider::get);
    }

    private synchronized ServiceLoader.Provider<PipelineExecutor> find(String className) {
        return ServiceLoader.load(PipelineExecutor.class, classLoader).stream()
                .filter(provider -> provider.type().getName().equals(className))
                .findFirst()
                .orElse(null);
    }
}
