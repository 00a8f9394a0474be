package cn.tongpin.importing;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import would do: the draft, every repair, every warning. Kept until it expires, to be committed by id. */
@Schema(name = "ImportPreview")
public record ImportPreview(
        @Schema(example = "5f0e1f4c-3a9b-4c1e-9a53-1f2c3d4e5f60") String id,
        @Schema(description = "After this the preview can no longer be committed") OffsetDateTime expiresAt,
        ImportDraft draft,
        RepairReport report,
        @Schema(description = "Segments the import did not change on its own; positions are in report.text") List<TextWarning> warnings,
        @Schema(nullable = true, description = "The draft article created from this preview, once committed") String articleId) {

    ImportPreview committed(String article) {
        return new ImportPreview(id, expiresAt, draft, report, warnings, article);
    }
}
