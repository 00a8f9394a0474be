package cn.tongpin.importing;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The draft article an import would create, with the relations it proposes. */
@Schema(name = "ImportDraft")
public record ImportDraft(
        @Schema(nullable = true, description = "Null when the source has none", example = "清远高新区与清远广播电视台座谈") String title,
        @Schema(description = "Markdown, repaired") String body,
        @Schema(nullable = true, description = "Made from the body's first sentences") String summary,
        @Schema(nullable = true, example = "王小明") String byline,
        @Schema(nullable = true, description = "The editor a 责任编辑 line named; not stored on the article", example = "李华") String editor,
        @Schema(nullable = true, description = "The source as the text states it (来源 line, page's site name or WeChat account)", example = "清远日报")
        String source,
        @Schema(nullable = true, description = "The organization that source names, when it matches one") ProposedLink sourceOrganization,
        @Schema(nullable = true, example = "https://www.example.cn/news/1.html") String sourceUrl,
        @Schema(nullable = true, description = "The date the source states, when it states one with a year", example = "2023-10-11") LocalDate date,
        @Schema(example = "zh-Hans") String locale,
        @Schema(description = "Images the source shows; upload the ones to keep as assets") List<ImportedImage> images,
        @Schema(description = "Participants named in the text that match ours") List<ProposedLink> participants,
        @Schema(description = "Organizations named in the text that match ours") List<ProposedLink> organizations,
        @Schema(nullable = true, description = "The meeting whose date, place and people match the story") ProposedLink meeting,
        @Schema(description = "People and organizations HanLP recognised in the text that match none of ours", example = "[\"王小明\"]")
        List<String> otherNames) {
}
