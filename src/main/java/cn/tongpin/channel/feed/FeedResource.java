package cn.tongpin.channel.feed;

import cn.tongpin.channel.ChannelArticle;
import cn.tongpin.channel.ChannelConfig;
import cn.tongpin.channel.ChannelLocale;
import cn.tongpin.channel.FeedScope;
import cn.tongpin.channel.ListingChannelResource;
import cn.tongpin.locale.LocaleParam;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.http.HttpCaching.Conditions;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the latest published articles, overall and per topic,
 * organization, participant and meeting, in Simplified or Traditional Chinese.
 */
@Path(FeedResource.PATH)
@Tag(name = "Feeds")
@Produces({ "application/rss+xml", "application/atom+xml", "application/feed+json" })
@PermitAll
public class FeedResource extends ListingChannelResource {

    public static final String PATH = "/content/v1/feeds";
    /** The content key of readers that cannot send headers (read by security/ApiKeyAuthenticationMechanism). */
    private static final String READER_KEY = "key";

    @GET
    @Path("{format}")
    @Operation(summary = "Feed of the latest published articles", description = "format: rss, atom or json; locale=zh-Hant for Traditional "
            + "(a feed of its own, with its own Atom id); readers that cannot send headers pass their content key as ?key=.")
    @APIResponse(responseCode = "200", description = "The feed; Link names it (rel=self, with the ?key= the request had, as do "
            + "atom:link and feed_url) and the WebSub hub when one is set")
    @APIResponse(responseCode = "404", description = "No such format")
    public Response all(@Parameter(description = "rss, atom or json") @PathParam("format") String format,
            @BeanParam LocaleParam locale, @Context UriInfo uri, @HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch, @HeaderParam("If-Modified-Since") String ifModifiedSince) {
        return feed(FeedScope.all(config.canonical().home()), format, locale.locale, uri, acceptLanguage, ifNoneMatch, ifModifiedSince);
    }

    @GET
    @Path("{kind}/{idOrSlug}/{format}")
    @Operation(summary = "Feed of the latest published articles of a topic, organization, participant or meeting",
            description = "kind: topics, organizations, participants or meetings; format: rss, atom or json.")
    @APIResponse(responseCode = "200", description = "The feed")
    @APIResponse(responseCode = "404", description = "No such kind, item or format")
    public Response scoped(@Parameter(description = "topics, organizations, participants or meetings") @PathParam("kind") String kind,
            @PathParam("idOrSlug") String idOrSlug, @Parameter(description = "rss, atom or json") @PathParam("format") String format,
            @BeanParam LocaleParam locale, @Context UriInfo uri, @HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch, @HeaderParam("If-Modified-Since") String ifModifiedSince) {
        FeedScope.Kind k = FeedScope.Kind.ofPath(kind).orElseThrow(() -> ProblemException.notFound("feed kind", kind));
        FeedScope scope = content.scope(k, idOrSlug);
        return feed(scope, format, locale.locale, uri, acceptLanguage, ifNoneMatch, ifModifiedSince);
    }

    private Response feed(FeedScope scope, String formatName, String locale, UriInfo uri, String acceptLanguage,
            String ifNoneMatch, String ifModifiedSince) {
        FeedFormat format = FeedFormat.of(formatName).orElseThrow(() -> ProblemException.notFound("feed format", formatName));
        ChannelLocale script = ChannelLocale.resolve(locale, acceptLanguage);
        List<ChannelArticle> items = content.latest(scope, config.feeds().size(), script);
        String self = selfUrl(config, scope, format, script, uri.getQueryParameters().getFirst(READER_KEY));
        OffsetDateTime updated = items.stream().map(ChannelArticle::updatedAt).max(Comparator.naturalOrder())
                .orElse(scope.updatedAt() != null ? scope.updatedAt() : OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC));
        String title = scope.isAll() ? config.feeds().title() : config.feeds().title() + " · " + scope.name();
        String description = scope.isAll() ? "最新文章" : "「" + scope.name() + "」的最新文章";
        String hub = config.feeds().websubHub().orElse(null);
        Feed feed = new Feed(scope.feedId(script), script.text(title), script.text(description), self, scope.canonicalUrl(), hub,
                script.tag(), updated, items);
        String body = switch (format) {
            case RSS -> XmlFeeds.rss(feed);
            case ATOM -> XmlFeeds.atom(feed);
            case JSON -> responses.write(JsonFeed.of(feed));
        };
        Response.ResponseBuilder response = responses.answer(new Conditions(ifNoneMatch, ifModifiedSince), body,
                format.mediaType(), updated.toInstant(), script)
                .header("Link", "<" + self + ">; rel=\"self\"");
        if (hub != null) {
            response.header("Link", "<" + hub + ">; rel=\"hub\"");
        }
        return response.build();
    }

    /** The absolute URL of a feed, as told to the WebSub hub. */
    public static String selfUrl(ChannelConfig config, FeedScope scope, FeedFormat format, ChannelLocale script) {
        return selfUrl(config, scope, format, script, null);
    }

    /**
     * The absolute URL of a feed as named in rel=self, atom:link and feed_url: with the content key
     * the reader sent as ?key= (readers cannot send headers), so that the reader re-subscribing, or
     * a hub it hands the link to, is answered too. A key sent in a header never goes into a URL.
     */
    static String selfUrl(ChannelConfig config, FeedScope scope, FeedFormat format, ChannelLocale script, String readerKey) {
        List<String> query = new ArrayList<>(2);
        if (script == ChannelLocale.HANT) {
            query.add("locale=zh-Hant");
        }
        if (readerKey != null) {
            query.add(READER_KEY + "=" + URLEncoder.encode(readerKey, StandardCharsets.UTF_8));
        }
        return config.publicUrl() + PATH + "/" + scope.path() + format.extension()
                + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }
}
