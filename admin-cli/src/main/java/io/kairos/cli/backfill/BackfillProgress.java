package io.kairos.cli.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.cli.api.ApiClient;
import io.kairos.model.backfill.BackfillId;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;

/** Follows a backfill through the API until it is DONE or CANCELLED, printing a progress line whenever it moves. */
final class BackfillProgress {

    static final int BAR_WIDTH = 30;

    private final ApiClient api;
    private final PrintWriter out;
    private final boolean show;
    private final Duration poll;

    BackfillProgress(ApiClient api, PrintWriter out, boolean show, Duration poll) {
        this.api = api;
        this.out = out;
        this.show = show;
        this.poll = poll;
    }

    /** The backfill's last view, once it is DONE or CANCELLED. */
    JsonNode follow(BackfillId id) throws InterruptedException {
        String last = "";
        while (true) {
            Optional<JsonNode> view = api.find("/api/v1/backfills/" + ApiClient.encode(id.value()));
            if (view.isPresent()) {
                String line = line(view.get());
                if (show && !line.equals(last)) {
                    out.println(line);
                    out.flush();
                    last = line;
                }
                String state = view.get().path("state").asText();
                if ("DONE".equals(state) || "CANCELLED".equals(state)) {
                    return view.get();
                }
            }
            Thread.sleep(poll.toMillis());
        }
    }

    static String line(JsonNode view) {
        long runs = Math.max(1, view.path("runs").asLong());
        long settled = view.path("ended").asLong() + view.path("kept").asLong();
        int filled = (int) Math.min(BAR_WIDTH, settled * BAR_WIDTH / runs);
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + settled + "/" + view.path("runs").asLong()
                + " " + view.path("state").asText()
                + " (completed " + view.path("completed").asLong() + ", failed " + view.path("failed").asLong()
                + ", cancelled " + view.path("cancelled").asLong() + ", kept " + view.path("kept").asLong()
                + ", in flight " + view.path("inFlight").asLong() + ", held " + view.path("held").asLong() + ")";
    }
}
