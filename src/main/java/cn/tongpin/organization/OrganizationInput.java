package cn.tongpin.organization;

import static cn.tongpin.web.TextRules.LINE;
import static cn.tongpin.web.TextRules.LINE_MESSAGE;
import static cn.tongpin.web.TextRules.TEXT;
import static cn.tongpin.web.TextRules.TEXT_MESSAGE;
import static cn.tongpin.web.TextRules.URL;
import static cn.tongpin.web.TextRules.URL_MESSAGE;

import cn.tongpin.editing.EditableInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organization as an editor writes it (POST, PUT, and the target of a PATCH). */
@Schema(name = "OrganizationInput")
public record OrganizationInput(
        @Schema(description = "Made from the name (pinyin) when not given; never changes by itself", example = "qing-yuan-gao-xin-qu")
        @Size(max = 100) String slug,
        @Schema(required = true, example = "清远高新区") @NotBlank @Size(max = 200) @Pattern(regexp = LINE, message = LINE_MESSAGE) String name,
        @Schema(example = "高新区") @Size(max = 100) @Pattern(regexp = LINE, message = LINE_MESSAGE) String shortName,
        @Schema(required = true, example = "government") @NotNull OrganizationKind kind,
        @Schema(description = "Id or slug of the parent organization", example = "qing-yuan-shi") @Size(max = 100) String parent,
        @Schema(example = "https://www.example.cn") @Size(max = 500) @Pattern(regexp = URL, message = URL_MESSAGE) String website,
        @Schema(description = "Name of its WeChat official account", example = "清远高新") @Size(max = 100) @Pattern(regexp = LINE, message = LINE_MESSAGE) String wechatAccount,
        @Schema(example = "https://www.example.cn/logo.png") @Size(max = 500) @Pattern(regexp = URL, message = URL_MESSAGE) String logoUrl,
        @Schema(example = "广东省清远市的国家级高新技术产业开发区") @Size(max = 10000) @Pattern(regexp = TEXT, message = TEXT_MESSAGE) String description)
        implements EditableInput {

    @Override
    public String slugSource() {
        return name;
    }
}
