package io.kairos.infra.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** The Kubernetes resources of {@code infra/k8s/base}, every YAML document of every file, read with Jackson. */
final class Manifests {

    static final Path BASE = Path.of("k8s", "base");
    static final Path EXAMPLE_OVERLAY = Path.of("k8s", "overlays", "example");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<JsonNode> resources;

    private Manifests(List<JsonNode> resources) {
        this.resources = resources;
    }

    static Manifests base() throws IOException {
        List<JsonNode> resources = new ArrayList<>();
        try (Stream<Path> files = Files.list(BASE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                if (!file.getFileName().toString().equals("kustomization.yaml")) {
                    resources.addAll(documents(file));
                }
            }
        }
        return new Manifests(resources);
    }

    static List<JsonNode> documents(Path file) throws IOException {
        return documents(Files.readString(file));
    }

    static List<JsonNode> documents(String yaml) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> iterator = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (iterator.hasNext()) {
                JsonNode document = iterator.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    documents.add(document);
                }
            }
        }
        return documents;
    }

    List<JsonNode> ofKind(String kind) {
        return resources.stream().filter(resource -> resource.path("kind").asText().equals(kind)).toList();
    }

    JsonNode named(String kind, String name) {
        return ofKind(kind).stream().filter(resource -> resource.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("No " + kind + " " + name + " in " + BASE));
    }

    /** Deployments and StatefulSets. */
    List<JsonNode> workloads() {
        List<JsonNode> workloads = new ArrayList<>(ofKind("Deployment"));
        workloads.addAll(ofKind("StatefulSet"));
        return workloads;
    }

    static JsonNode podSpec(JsonNode workload) {
        return workload.path("spec").path("template").path("spec");
    }

    static List<JsonNode> containers(JsonNode workload) {
        List<JsonNode> containers = new ArrayList<>();
        podSpec(workload).path("containers").forEach(containers::add);
        return containers;
    }

    /** The value of the container's environment variable, or null. */
    static String env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable.path("value").asText(null);
            }
        }
        return null;
    }

    /** The {@code kairos.properties} of the ConfigMap every process reads. */
    Properties kairosProperties() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(named("ConfigMap", "kairos-config").path("data").path("kairos.properties").asText()));
        return properties;
    }
}
