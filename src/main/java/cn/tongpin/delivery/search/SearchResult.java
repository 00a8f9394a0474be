package cn.tongpin.delivery.search;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One hit of the cross-type search; every field is always there (date may be null). */
@Schema(name = "DeliveredSearchHit", requiredProperties = { "type", "id", "slug", "title", "snippet", "date", "href" })
public record SearchResult(@Schema(example = "meeting") String type, UUID id, String slug,
        @Schema(example = "清远高新区与清远广播电视台宣传合作座谈会") String title,
        @Schema(nullable = true, description = "HTML: the text around the first match, escaped, matches in <mark>; null when there is no text to show",
                example = "…双方围绕<mark>党建</mark>、经济发展…") String snippet,
        @Schema(nullable = true, description = "When it happened or was published; null for organizations, participants, topics") OffsetDateTime date,
        @Schema(description = "Where to get the full item", example = "/content/v1/meetings/hitech-zone-radio-tv-symposium-2025") String href) {

    /** The answer: hits, facets over every match, and paging. */
    @Schema(name = "DeliveredSearch", requiredProperties = { "data", "facets", "meta" })
    public record Page(List<SearchResult> data, Facets facets, Meta meta) {
    }

    @Schema(name = "DeliveredSearchFacets", requiredProperties = { "type", "topic", "organization", "year" }, description = "Counts over all matches; each facet counts with the other filters applied, not its own")
    public record Facets(List<Count> type, List<Count> topic, List<Count> organization, List<Count> year) {
    }

    @Schema(name = "DeliveredSearchFacetCount", requiredProperties = { "value", "name", "count" })
    public record Count(@Schema(description = "The type, the year, or the slug of the topic or organization", example = "dang-jian") String value,
            @Schema(nullable = true, description = "The name of the topic or organization") String name, long count) {
    }

    @Schema(name = "DeliveredSearchMeta", requiredProperties = { "limit", "page", "total" })
    public record Meta(int limit, int page, long total) {
    }
}
