package io.kairos.model.time;

import java.time.Instant;

/**
 * ISO-8601 text of instants ({@link Instant#toString()}), remembering the last few it wrote. A
 * burst of fires writes the same scheduled time and the same emit time into every run id and
 * request, where formatting an instant is a measurable share of a fire; a remembered text costs a
 * comparison. Slots hold immutable pairs, so concurrent callers at worst format again.
 */
public final class InstantText {

    private static final int SLOTS = 16;
    private static final Entry[] REMEMBERED = new Entry[SLOTS];

    private InstantText() {
    }

    /** The same text as {@code instant.toString()}. */
    public static String of(Instant instant) {
        int slot = slot(instant);
        Entry entry = REMEMBERED[slot];
        if (entry != null && entry.instant.equals(instant)) {
            return entry.text;
        }
        String text = instant.toString();
        REMEMBERED[slot] = new Entry(instant, text);
        return text;
    }

    private static int slot(Instant instant) {
        long millis = instant.getEpochSecond() * 1_000 + instant.getNano() / 1_000_000;
        return (int) (millis ^ (millis >>> 32) ^ instant.getNano()) & (SLOTS - 1);
    }

    private record Entry(Instant instant, String text) {
    }
}
