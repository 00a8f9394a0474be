package cn.tongpin.webhook;

import java.time.Duration;

/** Durations as people read them: "24h", "90s". */
final class Durations {

    private Durations() {
    }

    static String text(Duration d) {
        if (d.toSeconds() % 3600 == 0 && d.toHours() > 0) {
            return d.toHours() + " h";
        }
        if (d.toSeconds() % 60 == 0 && d.toMinutes() > 0) {
            return d.toMinutes() + " min";
        }
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
