package cn.tongpin.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Keeps every change event the application fires, for tests to read. */
@ApplicationScoped
public class RecordedChanges {

    private final List<ContentChanged> changes = new ArrayList<>();

    void record(@Observes ContentChanged change) {
        synchronized (changes) {
            changes.add(change);
        }
    }

    /** The events fired for one item, oldest first. */
    public List<ContentChanged> of(UUID id) {
        synchronized (changes) {
            return changes.stream().filter(c -> c.id().equals(id)).toList();
        }
    }

    public List<ContentChanged> of(String id) {
        return of(UUID.fromString(id));
    }

    public int count() {
        synchronized (changes) {
            return changes.size();
        }
    }

    public List<ContentChanged> since(int position) {
        synchronized (changes) {
            return new ArrayList<>(changes.subList(position, changes.size()));
        }
    }
}
