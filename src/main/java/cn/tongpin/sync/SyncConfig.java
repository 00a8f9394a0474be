package cn.tongpin.sync;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Delta sync: how long changes are kept, and the key its tokens are signed with. */
@ConfigMapping(prefix = "tongpin.sync")
public interface SyncConfig {

    /** How long the change log is kept; a sync token older than this is refused (410) and the client starts over. */
    @WithDefault("P30D")
    Duration retention();

    /**
     * The secret sync tokens are signed with (at least 32 characters). Without one, a random key is
     * made once and kept in the database, so that every instance signs and checks alike.
     */
    Optional<String> tokenKey();

    /** How often the change log is pruned. */
    @WithDefault("1h")
    String pruneInterval();
}
