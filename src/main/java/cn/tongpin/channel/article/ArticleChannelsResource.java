package cn.tongpin.channel.article;

import cn.tongpin.channel.ChannelArticle;
import cn.tongpin.channel.ChannelLocale;
import cn.tongpin.channel.ChannelResource;
import cn.tongpin.channel.PublishedArticles;
import cn.tongpin.channel.miniprogram.MiniProgramArticle;
import cn.tongpin.channel.miniprogram.TableForm;
import cn.tongpin.channel.wechat.WechatDraft;
import cn.tongpin.channel.wechat.WechatDrafts;
import cn.tongpin.channel.wechat.WechatImages;
import cn.tongpin.locale.LocaleParam;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.QueryParams;
import cn.tongpin.web.http.HttpCaching.Conditions;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A published article in the shapes of WeChat official accounts and mini-programs; what both shapes answer is said once, here. */
@Path("/content/v1/articles")
@Tag(name = "Channels")
@APIResponse(responseCode = "400", description = "Unknown or malformed parameter")
@APIResponse(responseCode = "404", description = "No published article with this id or slug")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ArticleChannelsResource extends ChannelResource {

    @Inject
    PublishedArticles articles;

    @Inject
    WechatImages wechatImages;

    @GET
    @Path("{idOrSlug}/wechat")
    @Operation(summary = "The article as a WeChat draft",
            description = "What an integration sends to WeChat's draft/add: limits counted in characters (shortened fields "
                    + "are listed in warnings), WeChat-safe HTML, external links as numbered notes, images as JPEG/PNG under 1 MB "
                    + "with data-asset-id, cover crops and a contentHash for idempotent re-pushes.")
    @APIResponse(responseCode = "200", description = "The draft", content = @Content(schema = @Schema(implementation = WechatDraft.class)))
    @APIResponse(responseCode = "422", description = "The content is too large for WeChat; the answer gives its measured size")
    public Response wechat(@PathParam("idOrSlug") String idOrSlug, @BeanParam LocaleParam locale,
            @HeaderParam("Accept-Language") String acceptLanguage, @HeaderParam("If-None-Match") String ifNoneMatch,
            @HeaderParam("If-Modified-Since") String ifModifiedSince) {
        ChannelLocale script = ChannelLocale.resolve(locale.locale, acceptLanguage);
        ChannelArticle article = script.apply(find(idOrSlug));
        WechatDraft draft = WechatDrafts.build(article, wechatImages::ready,
                new WechatDrafts.Options(config.wechat().needOpenComment(), config.wechat().onlyFansCanComment()));
        return answer(draft, article, script, ifNoneMatch, ifModifiedSince);
    }

    @GET
    @Path("{idOrSlug}/miniprogram")
    @Operation(summary = "The article as mini-program blocks",
            description = "The body as blocks a mini-program renders with native components: rich (rich-text nodes, trusted tags "
                    + "only), image (absolute URL) and link (http(s) or mailto:; rich-text cannot tap links). "
                    + "tables=paragraphs gives tables as paragraphs (one per row, \"header：cell\" pairs) for the Skyline renderer, "
                    + "which does not lay out tables.")
    @APIResponse(responseCode = "200", description = "The article", content = @Content(schema = @Schema(implementation = MiniProgramArticle.class)))
    public Response miniprogram(@PathParam("idOrSlug") String idOrSlug, @BeanParam LocaleParam locale,
            @Parameter(description = "How tables come: table (default, rich-text tables for the WebView renderer) or paragraphs "
                    + "(no table markup: the caption, then one paragraph per row, for the Skyline renderer)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "table", "paragraphs" }, defaultValue = "table"))
            @QueryParam("tables") String tables,
            @Context UriInfo uri, @HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch, @HeaderParam("If-Modified-Since") String ifModifiedSince) {
        // Given, it must name a form: "?tables" and "?tables=" are refused like any other wrong value.
        TableForm form = uri.getQueryParameters().containsKey("tables")
                ? QueryParams.enumeration(TableForm.class, Objects.requireNonNullElse(tables, ""), "tables") : TableForm.table;
        ChannelLocale script = ChannelLocale.resolve(locale.locale, acceptLanguage);
        ChannelArticle article = script.apply(find(idOrSlug));
        return answer(MiniProgramArticle.of(article, form), article, script, ifNoneMatch, ifModifiedSince);
    }

    private ChannelArticle find(String idOrSlug) {
        return articles.find(idOrSlug).orElseThrow(() -> ProblemException.notFound("published article", idOrSlug));
    }

    private Response answer(Object body, ChannelArticle article, ChannelLocale script, String ifNoneMatch, String ifModifiedSince) {
        return responses.json(new Conditions(ifNoneMatch, ifModifiedSince), body, article.updatedAt().toInstant(), script)
                .header("Link", "<" + article.canonicalUrl() + ">; rel=\"canonical\"")
                .build();
    }
}
