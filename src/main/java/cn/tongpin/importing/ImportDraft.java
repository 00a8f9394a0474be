package cn.tongpin.importing;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The draft article an import would create, with the relations it proposes. */
@Schema(name = "ImportDraft")
public record ImportDraft(
        @Schema(example = "清远高新区与清远广播电视台座谈") String title,
        @Schema(description = "Markdown, repaired") String body,
        @Schema(description = "Made from the body's first sentences") String summary,
        @Schema(example = "王小明") String byline,
        @Schema(description = "The editor a 责任编辑 line named; not stored on the article", example = "李华") String editor,
        @Schema(description = "The source as the text states it (来源 line, page's site name or WeChat account)", example = "清远日报")
        String source,
        @Schema(description = "The organization that source names, when it matches one") ProposedLink sourceOrganization,
        @Schema(example = "https://www.example.cn/news/1.html") String sourceUrl,
        @Schema(description = "The date the source states, when it states one with a year", example = "2023-10-11") LocalDate date,
        @Schema(example = "zh-Hans") String locale,
        @Schema(description = "Images the source shows; upload the ones to keep as assets") List<ImportedImage> images,
        @Schema(description = "Participants named in the text that match ours") List<ProposedLink> participants,
        @Schema(description = "Organizations named in the text that match ours") List<ProposedLink> organizations,
        @Schema(description = "The meeting whose date, place and people match the story") ProposedLink meeting,
        @Schema(description = "People and organizations HanLP recognised in the text that match none of ours", example = "[\"王小明\"]")
        List<String> otherNames) {
}
