package cn.tongpin.reference;

import cn.tongpin.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Refuses to delete something that other content still points at, and says what does. */
@ApplicationScoped
public class References {

    @Inject
    Instance<Referrers> features;

    /** Answers 409 {@code referenced}, naming the referrers of every feature, when anything points at the item. */
    public void requireNone(Referable type, UUID id) {
        List<String> present = features.stream().sorted(Comparator.comparingInt(Referrers::order))
                .flatMap(feature -> feature.referrersOf(type, id).stream())
                .filter(referrer -> !referrer.names().isEmpty())
                .map(Referrer::describe)
                .toList();
        if (!present.isEmpty()) {
            throw ProblemException.conflict("referenced",
                    "This " + type.word() + " is still referenced and was not deleted: " + String.join("; ", present));
        }
    }
}
