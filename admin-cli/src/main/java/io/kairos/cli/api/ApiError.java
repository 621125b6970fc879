package io.kairos.cli.api;

import com.fasterxml.jackson.databind.JsonNode;

/** An API error answer, {@code {error, details:[{path, message}]}}, as one message for people. */
final class ApiError {

    private ApiError() {
    }

    static String describe(int status, JsonNode body) {
        StringBuilder message = new StringBuilder("the API answered ").append(status);
        String error = body.path("error").asText("");
        if (!error.isEmpty()) {
            message.append(" (").append(error).append(")");
        }
        for (JsonNode detail : body.path("details")) {
            String path = detail.path("path").asText("");
            message.append("\n  ").append(path.isEmpty() ? "" : path + ": ").append(detail.path("message").asText());
        }
        message.append(hint(status));
        return message.toString();
    }

    private static String hint(int status) {
        return switch (status) {
            case 401 -> "\n  pass a token with --token or $KAIROS_API_TOKEN";
            case 403 -> "\n  the token does not give access to this; use a token of the right tenant, or an admin token";
            case 429 -> "\n  too many submissions for this tenant; try again later";
            default -> "";
        };
    }
}
