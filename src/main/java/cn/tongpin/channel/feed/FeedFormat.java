package cn.tongpin.channel.feed;

import cn.tongpin.web.WireNames;
import java.util.Locale;
import java.util.Optional;

/** The feed formats served, with their media types. */
public enum FeedFormat {
    RSS("rss", "application/rss+xml;charset=UTF-8"),
    ATOM("atom", "application/atom+xml;charset=UTF-8"),
    JSON("json", "application/feed+json;charset=UTF-8");

    private final String extension;
    private final String mediaType;

    FeedFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<FeedFormat> of(String extension) {
        return WireNames.find(FeedFormat.class, FeedFormat::extension, extension == null ? null : extension.toLowerCase(Locale.ROOT));
    }
}
