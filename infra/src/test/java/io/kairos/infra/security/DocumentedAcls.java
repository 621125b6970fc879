package io.kairos.infra.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The ACLs of {@code docs/security.md}: every row of its tables headed
 * {@code | principal | resource | pattern | name | operations |}, one binding per operation, each
 * allowed from any host. The test grants exactly these, so the document cannot drift from what works.
 */
public final class DocumentedAcls {

    public static final Path DOCUMENT = Path.of("..", "docs", "security.md");
    private static final String HEADER = "| principal | resource | pattern | name | operations |";
    private static final String ANY_HOST = "*";

    private DocumentedAcls() {
    }

    public static List<AclBinding> read() throws IOException {
        List<AclBinding> bindings = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(DOCUMENT)) {
            if (line.trim().equals(HEADER)) {
                inTable = true;
            } else if (!line.startsWith("|")) {
                inTable = false;
            } else if (inTable && !line.startsWith("|---")) {
                bindings.addAll(row(line));
            }
        }
        return bindings;
    }

    /** The bindings of one principal, such as {@code User:kairos-trigger}. */
    static List<AclBinding> of(String principal) throws IOException {
        return read().stream().filter(binding -> binding.entry().principal().equals(principal)).toList();
    }

    private static List<AclBinding> row(String line) {
        String[] cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|"))
                .map(cell -> cell.trim().replace("`", "")).toArray(String[]::new);
        if (cells.length != 5) {
            throw new IllegalArgumentException("An ACL row has 5 cells: " + line);
        }
        ResourcePattern resource = new ResourcePattern(resourceType(cells[1]), cells[3], patternType(cells[2]));
        return Arrays.stream(cells[4].split(","))
                .map(operation -> new AclBinding(resource, new AccessControlEntry(cells[0], ANY_HOST,
                        operation(operation.trim()), AclPermissionType.ALLOW)))
                .toList();
    }

    private static ResourceType resourceType(String cell) {
        ResourceType type = ResourceType.fromString(cell.replace("-", "_").toUpperCase(Locale.ROOT));
        if (type == ResourceType.UNKNOWN) {
            throw new IllegalArgumentException("Unknown ACL resource type: " + cell);
        }
        return type;
    }

    private static PatternType patternType(String cell) {
        PatternType type = PatternType.fromString(cell.toUpperCase(Locale.ROOT));
        if (type != PatternType.LITERAL && type != PatternType.PREFIXED) {
            throw new IllegalArgumentException("An ACL pattern is literal or prefixed, not " + cell);
        }
        return type;
    }

    private static AclOperation operation(String cell) {
        AclOperation operation = AclOperation.fromString(camelToUpperSnake(cell));
        if (operation == AclOperation.UNKNOWN) {
            throw new IllegalArgumentException("Unknown ACL operation: " + cell);
        }
        return operation;
    }

    private static String camelToUpperSnake(String cell) {
        return cell.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
