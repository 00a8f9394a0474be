package cn.tongpin.channel;

import cn.tongpin.web.TextRules;
import cn.tongpin.web.WireNames;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** What a feed is about: everything, or one topic, organization, participant or meeting. */
public record FeedScope(Kind kind, UUID id, String slug, String name, String canonicalUrl, OffsetDateTime updatedAt) {

    /** Like the articles' texts ({@link ChannelArticle}): only what every channel can carry. */
    public FeedScope {
        name = TextRules.withoutUncarriable(name);
    }


    /** The kinds of per-item feeds, named as in their paths. */
    public enum Kind {
        TOPIC("topics"), ORGANIZATION("organizations"), PARTICIPANT("participants"), MEETING("meetings");

        private final String path;

        Kind(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }

        public static Optional<Kind> ofPath(String path) {
            return WireNames.find(Kind.class, Kind::path, path);
        }
    }

    /** The overall feed of all published articles. */
    public static FeedScope all(String homeUrl) {
        return new FeedScope(null, null, null, null, homeUrl, null);
    }

    public boolean isAll() {
        return kind == null;
    }

    /**
     * The Atom id of this scope's feed in a script: the zh-Hant feed is another feed, so it has an id
     * of its own (the zh-Hans id stays what it always was; an Atom id never changes).
     */
    public String feedId(ChannelLocale script) {
        String id = isAll() ? "urn:tongpin:feed:articles" : "urn:tongpin:feed:" + kind.path() + ":" + this.id;
        return script == ChannelLocale.HANT ? id + ":" + script.tag() : id;
    }

    /** The path of this scope's feeds below /content/v1/feeds, without the format. */
    public String path() {
        return isAll() ? "" : kind.path() + "/" + slug + "/";
    }
}
