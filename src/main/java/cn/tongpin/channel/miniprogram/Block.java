package cn.tongpin.channel.miniprogram;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One piece of a mini-program body, rendered by one native component. */
@Schema(name = "MiniProgramBlock", oneOf = { Block.Rich.class, Block.Image.class, Block.Link.class })
public sealed interface Block {

    @Schema(description = "rich, image or link")
    String type();

    /** Text with markup for a {@code <rich-text nodes="{{nodes}}">}. */
    @Schema(name = "MiniProgramRichBlock")
    record Rich(@Schema(enumeration = "rich") String type, List<Node> nodes) implements Block {
        public Rich(List<Node> nodes) {
            this("rich", List.copyOf(nodes));
        }
    }

    /** An image for an {@code <image>} (absolute https URL). */
    @Schema(name = "MiniProgramImageBlock")
    record Image(@Schema(enumeration = "image") String type, String src, int width, int height, String alt) implements Block {
        public Image(String src, int width, int height, String alt) {
            this("image", src, width, height, alt);
        }
    }

    /**
     * A link rich-text cannot make tappable: shown by the mini-program as it likes (copy, web-view);
     * an e-mail address comes as a mailto: href, which a mini-program can only offer to copy.
     */
    @Schema(name = "MiniProgramLinkBlock")
    record Link(@Schema(enumeration = "link") String type,
            @Schema(description = "An absolute http(s) URL, or a mailto: link") String href, String text) implements Block {
        public Link(String href, String text) {
            this("link", href, text);
        }
    }

    /** A node of rich-text's nodes array: an element or a text. */
    @Schema(name = "RichTextNode", oneOf = { Element.class, Text.class })
    sealed interface Node {
    }

    @Schema(name = "RichTextElement")
    record Element(String name, Map<String, String> attrs, List<Node> children) implements Node {
    }

    @Schema(name = "RichTextText")
    record Text(@Schema(enumeration = "text") String type, @Schema(description = "&, < and > as entities, as rich-text decodes them") String text) implements Node {
        public Text(String text) {
            this("text", text);
        }
    }
}
