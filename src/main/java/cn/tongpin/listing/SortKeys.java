package cn.tongpin.listing;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The {@code sort} keys of each list as the OpenAPI document names them: a key sorts ascending, with
 * {@code -} descending; every list takes {@code id} (the tie-breaker of every order). Each list checks what it is sent against its {@link Sortable}s; the test
 * {@code DeclaredParametersTest} checks that these names are exactly those.
 */
public final class SortKeys {

    private SortKeys() {
    }

    @Schema(name = "NameSort", type = SchemaType.STRING, enumeration = { "id", "-id", "name", "-name", "slug", "-slug", "createdAt", "-createdAt",
            "updatedAt", "-updatedAt" })
    public static final class ByName {
    }

    @Schema(name = "ArticleSort", type = SchemaType.STRING, enumeration = { "id", "-id", "publishedAt", "-publishedAt", "title", "-title", "slug",
            "-slug", "createdAt", "-createdAt", "updatedAt", "-updatedAt" })
    public static final class Articles {
    }

    @Schema(name = "DeliveredArticleSort", description = "`relevance` only with `q`.", type = SchemaType.STRING,
            enumeration = { "id", "-id", "publishedAt", "-publishedAt", "title", "-title", "slug", "-slug", "createdAt", "-createdAt", "updatedAt",
                    "-updatedAt", "relevance", "-relevance" })
    public static final class DeliveredArticles {
    }

    @Schema(name = "MeetingSort", type = SchemaType.STRING, enumeration = { "id", "-id", "startsAt", "-startsAt", "title", "-title", "slug", "-slug",
            "createdAt", "-createdAt", "updatedAt", "-updatedAt" })
    public static final class Meetings {
    }

    @Schema(name = "DeliveredMeetingSort", description = "`relevance` only with `q`.", type = SchemaType.STRING,
            enumeration = { "id", "-id", "startsAt", "-startsAt", "title", "-title", "slug", "-slug", "createdAt", "-createdAt", "updatedAt",
                    "-updatedAt", "relevance", "-relevance" })
    public static final class DeliveredMeetings {
    }

    @Schema(name = "AssetSort", type = SchemaType.STRING, enumeration = { "id", "-id", "slug", "-slug", "createdAt", "-createdAt", "updatedAt",
            "-updatedAt" })
    public static final class Assets {
    }

    @Schema(name = "AuditSort", type = SchemaType.STRING, enumeration = { "id", "-id", "occurredAt", "-occurredAt" })
    public static final class Audit {
    }

    @Schema(name = "KeySort", type = SchemaType.STRING, enumeration = { "id", "-id", "createdAt", "-createdAt" })
    public static final class Keys {
    }
}
