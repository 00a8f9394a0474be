package cn.tongpin.channel.feed;

import cn.tongpin.article.SyndicationPolicy;
import cn.tongpin.channel.ChannelArticle;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), with our syndication policy as an extension. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JsonFeed(String version, String title, @JsonProperty("home_page_url") String homePageUrl,
        @JsonProperty("feed_url") String feedUrl, String description, String language, List<Hub> hubs, List<Item> items) {

    public static final String VERSION = "https://jsonfeed.org/version/1.1";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Hub(String type, String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Author(String name, String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String id, String url, @JsonProperty("external_url") String externalUrl, String title,
            @JsonProperty("content_html") String contentHtml, String summary, String image,
            @JsonProperty("date_published") OffsetDateTime datePublished,
            @JsonProperty("date_modified") OffsetDateTime dateModified, List<Author> authors, List<String> tags,
            String language, @JsonProperty("_tongpin") Extension tongpin) {
    }

    /** Extension object: JSON Feed readers ignore keys that start with an underscore. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Extension(SyndicationPolicy syndication, Author source) {
    }

    public static JsonFeed of(Feed feed) {
        List<Item> items = feed.items().stream().map(JsonFeed::item).toList();
        List<Hub> hubs = feed.hubUrl() == null ? null : List.of(new Hub("WebSub", feed.hubUrl()));
        return new JsonFeed(VERSION, feed.title(), feed.homeUrl(), feed.selfUrl(), feed.description(), feed.language(), hubs,
                items);
    }

    private static Item item(ChannelArticle a) {
        List<Author> authors = a.byline() == null || a.byline().isBlank() ? null : List.of(new Author(a.byline(), null));
        List<String> tags = a.topics().isEmpty() ? null : a.topics().stream().map(ChannelArticle.Term::name).toList();
        Author source = a.sourceOrganization() == null ? null : new Author(a.sourceOrganization().name(), a.sourceOrganization().url());
        return new Item("urn:uuid:" + a.id(), a.canonicalUrl(), a.sourceUrl(), a.title(), FeedHtml.content(a), a.summary(),
                a.cover() == null ? null : a.cover().url(), a.publishedAt(), a.updatedAt(), authors, tags, a.locale(),
                new Extension(a.syndication(), source));
    }
}
