package cn.tongpin.channel.sitemap;

import cn.tongpin.channel.ListingChannelResource;
import cn.tongpin.channel.SitemapUrl;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.http.HttpCaching.Conditions;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sitemap of every public page's canonical URL; an index of numbered sitemaps above 50,000 URLs. */
@Path("/")
@Tag(name = "Feeds")
@Produces("application/xml")
@PermitAll
public class SitemapResource extends ListingChannelResource {

    private static final String XML = "application/xml;charset=UTF-8";

    @GET
    @Path("sitemap.xml")
    @Operation(summary = "The sitemap", description = "Canonical URLs (without fragments) with lastmod; each zh-Hans page and its zh-Hant alternate are urls of "
            + "their own that name each other (hreflang). A sitemap index of /sitemap-N.xml when there are more than 50,000 urls.")
    @APIResponse(responseCode = "200", description = "The sitemap or the index")
    public Response sitemap(@HeaderParam("If-None-Match") String ifNoneMatch, @HeaderParam("If-Modified-Since") String ifModifiedSince) {
        List<SitemapUrl> urls = content.sitemapUrls();
        int pages = pages(urls);
        String body;
        if (pages == 1) {
            body = SitemapWriter.urlset(urls);
        } else {
            List<SitemapWriter.Part> parts = new ArrayList<>();
            for (int page = 1; page <= pages; page++) {
                parts.add(new SitemapWriter.Part(config.publicUrl() + "/sitemap-" + page + ".xml", latest(slice(urls, page))));
            }
            body = SitemapWriter.index(parts);
        }
        return answer(body, latest(urls), ifNoneMatch, ifModifiedSince);
    }

    @GET
    @Path("sitemap-{page: [0-9]{1,6}}.xml")
    @Operation(summary = "One sitemap of the index")
    @APIResponse(responseCode = "200", description = "The sitemap")
    @APIResponse(responseCode = "404", description = "No such sitemap (there are none while /sitemap.xml is not an index)")
    public Response page(@PathParam("page") int page, @HeaderParam("If-None-Match") String ifNoneMatch,
            @HeaderParam("If-Modified-Since") String ifModifiedSince) {
        List<SitemapUrl> urls = content.sitemapUrls();
        int pages = pages(urls);
        // Without an index there are no numbered sitemaps: /sitemap.xml is the only one.
        if (pages == 1 || page < 1 || page > pages) {
            throw ProblemException.notFound("sitemap", "sitemap-" + page + ".xml");
        }
        List<SitemapUrl> slice = slice(urls, page);
        return answer(SitemapWriter.urlset(slice), latest(slice), ifNoneMatch, ifModifiedSince);
    }

    private int pages(List<SitemapUrl> urls) {
        return SitemapWriter.pages(urls.size(), SitemapWriter.pagesPerSitemap(config.sitemapMaxUrls()));
    }

    private List<SitemapUrl> slice(List<SitemapUrl> urls, int page) {
        int size = SitemapWriter.pagesPerSitemap(config.sitemapMaxUrls());
        return urls.subList((page - 1) * size, Math.min(urls.size(), page * size));
    }

    private static OffsetDateTime latest(List<SitemapUrl> urls) {
        return urls.stream().map(SitemapUrl::lastmod).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    private Response answer(String body, OffsetDateTime lastmod, String ifNoneMatch, String ifModifiedSince) {
        return responses.answer(new Conditions(ifNoneMatch, ifModifiedSince), body, XML,
                lastmod == null ? Instant.EPOCH : lastmod.toInstant()).build();
    }
}
