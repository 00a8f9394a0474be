package cn.tongpin.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the demo content into a fresh database at start-up: once per database (a row in
 * {@code demo_content_load} records it, inserted in the same transaction as the content), so it
 * is never loaded twice nor over an editor's changes. {@code tongpin.demo.enabled=false} turns it off.
 */
@ApplicationScoped
public class DemoContentLoader {

    private static final Logger LOG = Logger.getLogger(DemoContentLoader.class);

    @ConfigProperty(name = "tongpin.demo.enabled")
    boolean enabled;

    @Inject
    FoundationDemo foundation;

    @Inject
    ArticleDemo articles;

    void onStart(@Observes @Priority(100) StartupEvent event) {
        if (!enabled) {
            LOG.info("Demo content is switched off (tongpin.demo.enabled=false)");
            return;
        }
        if (foundation.loadOnce()) {
            LOG.info("Loaded the demo content: organizations, participants, topics and the founding meeting");
        }
        loadArticles();
    }

    /** After the foundation, which the articles refer to; a database whose editors removed it simply gets no demo articles. */
    private void loadArticles() {
        try {
            if (articles.loadOnce()) {
                LOG.info("Loaded the demo articles and their cover images");
            }
        } catch (RuntimeException e) {
            // Nothing was kept (the claim rolls back with the content); the next start tries again.
            LOG.warn("Demo articles not loaded", e);
        }
    }
}
