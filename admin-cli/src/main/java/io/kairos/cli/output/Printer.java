package io.kairos.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kairos.model.serde.Json;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints rows (ordered maps of column to value) as an aligned table or as a JSON array of objects.
 */
public final class Printer {

    private final PrintWriter out;
    private final OutputFormat format;

    public Printer(PrintWriter out, OutputFormat format) {
        this.out = out;
        this.format = format;
    }

    /** One row from column, value, column, value...; columns keep their order. */
    public static Map<String, Object> row(Object... columnsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i + 1 < columnsAndValues.length; i += 2) {
            row.put(columnsAndValues[i].toString(), columnsAndValues[i + 1]);
        }
        return row;
    }

    public void rows(List<? extends Map<String, ?>> rows) {
        if (format == OutputFormat.json) {
            json(rows);
        } else {
            table(rows);
        }
    }

    public void json(Object value) {
        try {
            out.println(Json.mapper().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print as JSON: " + e.getOriginalMessage(), e);
        }
        out.flush();
    }

    private void table(List<? extends Map<String, ?>> rows) {
        if (rows.isEmpty()) {
            out.println("(none)");
            out.flush();
            return;
        }
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        Map<String, Integer> widths = new LinkedHashMap<>();
        columns.forEach(c -> widths.put(c, c.length()));
        rows.forEach(row -> columns.forEach(c -> widths.merge(c, text(row.get(c)).length(), Math::max)));
        out.println(line(columns, c -> c.toUpperCase(java.util.Locale.ROOT), widths));
        rows.forEach(row -> out.println(line(columns, c -> text(row.get(c)), widths)));
        out.flush();
    }

    private static String line(List<String> columns, java.util.function.Function<String, String> cell,
                               Map<String, Integer> widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            String value = cell.apply(columns.get(i));
            line.append(i == columns.size() - 1 ? value : String.format("%-" + widths.get(columns.get(i)) + "s  ", value));
        }
        return line.toString().stripTrailing();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
