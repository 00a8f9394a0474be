package cn.tongpin.importing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long an import preview waits to be committed. */
@ConfigMapping(prefix = "tongpin.imports")
public interface ImportConfig {

    /** After this a preview is gone and the import must be sent again. */
    @WithDefault("PT24H")
    Duration previewKeptFor();
}
