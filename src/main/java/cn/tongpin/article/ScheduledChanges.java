package cn.tongpin.article;

import java.util.List;
import java.util.UUID;

/** Fired after the scheduler committed publications or take-downs, so readers can be made fresh. */
public record ScheduledChanges(List<UUID> published, List<UUID> takenDown) {
}
