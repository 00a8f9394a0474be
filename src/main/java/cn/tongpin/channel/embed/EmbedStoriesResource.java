package cn.tongpin.channel.embed;

import cn.tongpin.channel.ChannelArticle;
import cn.tongpin.channel.ChannelLocale;
import cn.tongpin.channel.FeedScope;
import cn.tongpin.channel.ListingChannelResource;
import cn.tongpin.locale.LocaleParam;
import cn.tongpin.security.AllowedOrigins;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.http.HttpCaching.Conditions;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The stories the embed widget shows: the latest published articles, overall or of a topic. */
@Path("/embed/v1/stories")
@Tag(name = "Embed widget")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class EmbedStoriesResource extends ListingChannelResource {

    static final int MAX_LIMIT = 20;

    @Inject
    AllowedOrigins allowedOrigins;

    @GET
    @Operation(summary = "Latest stories for the embed widget", description = "topic (id or slug), limit 1–20 (default 5), "
            + "locale zh-Hans or zh-Hant; key is the partner's content key. Any site may read it (CORS).")
    @APIResponse(responseCode = "200", description = "{\"data\": [stories]}")
    @APIResponse(responseCode = "400", description = "Unknown or malformed parameter")
    @APIResponse(responseCode = "404", description = "No such topic")
    public Response stories(@Parameter(description = "Only stories on this topic (id or slug)") @QueryParam("topic") String topic,
            @Parameter(description = "How many stories, 1 to " + MAX_LIMIT + " (default 5)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + MAX_LIMIT, defaultValue = "5")) @QueryParam("limit") String limit,
            @BeanParam LocaleParam locale,
            @Context UriInfo uri, @HeaderParam("Accept-Language") String acceptLanguage, @HeaderParam("Origin") String origin,
            @HeaderParam("If-None-Match") String ifNoneMatch, @HeaderParam("If-Modified-Since") String ifModifiedSince) {
        int size = limit(limit);
        ChannelLocale script = ChannelLocale.resolve(locale.locale, acceptLanguage);
        FeedScope scope = topic == null || topic.isBlank() ? FeedScope.all(config.canonical().home())
                : content.scope(FeedScope.Kind.TOPIC, topic);
        List<ChannelArticle> latest = content.latest(scope, size, script);
        Instant modified = latest.stream().map(a -> a.updatedAt().toInstant()).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        Object body = Map.of("data", latest.stream().map(a -> Story.of(a, config.publicUrl(), origin(uri))).toList());
        Response.ResponseBuilder response = responses.json(new Conditions(ifNoneMatch, ifModifiedSince), body, modified, script);
        // Origins of registered clients get their CORS answer from security/CorsFilter; any other site may
        // show the public stories too. Never both: two Access-Control-Allow-Origin headers fail in browsers.
        if (origin == null || !allowedOrigins.current().contains(origin)) {
            response.header("Access-Control-Allow-Origin", "*");
        }
        return response.build();
    }

    private static String origin(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static int limit(String limit) {
        if (limit == null) {
            return 5;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badParameter("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
}
