package cn.tongpin.reference;

import cn.tongpin.web.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Refuses to delete something that other content still points at, and says what does. */
@ApplicationScoped
public class References {

    @Inject
    Instance<ReferringContent> declared;

    @Inject
    EntityManager em;

    private List<ReferringContent> referring;

    /** The declarations are fixed for the application's life: sorted once, not on every write. */
    @PostConstruct
    void sort() {
        referring = declared.stream().sorted(Comparator.comparingInt(ReferringContent::order)).toList();
    }

    /** Every declaration of content that points at others, in the order a refusal names them. */
    public List<ReferringContent> referring() {
        return referring;
    }

    /** Answers 409 {@code referenced}, naming the referrers of every feature, when anything points at the item. */
    public void requireNone(Referable type, UUID id) {
        List<String> present = new ArrayList<>();
        for (ReferringContent referring : referring()) {
            String sql = referring.namesPointingAt(type);
            if (sql != null) {
                Referrer referrer = new Referrer(referring.singular(), referring.plural(), names(sql, id));
                if (!referrer.names().isEmpty()) {
                    present.add(referrer.describe());
                }
            }
        }
        if (!present.isEmpty()) {
            throw ProblemException.conflict("referenced",
                    "This " + type.word() + " is still referenced and was not deleted: " + String.join("; ", present));
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> names(String sql, UUID id) {
        return em.createNativeQuery(sql).setParameter(1, id).setMaxResults(Referrer.LIMIT).getResultList();
    }
}
