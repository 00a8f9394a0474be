package cn.tongpin.channel.miniprogram;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * How tables reach a mini-program. {@code table}: as tables in rich-text nodes (the WebView
 * renderer lays them out). {@code paragraphs}: without any table markup, for the Skyline renderer,
 * whose rich-text does not lay out tables: the caption as a bold paragraph, then one paragraph per
 * row, its cells as "header：cell" separated by "；" (cells alone when the table has no header row).
 * Names are the values of the {@code tables} query parameter.
 */
public enum TableForm {
    table, paragraphs;

    static final String CELL_SEPARATOR = "；";
    static final String HEADER_SEPARATOR = "：";

    /** Rewrites the body's tables in this form (innermost first, so a table in a cell becomes text of that cell). */
    void apply(Element body) {
        if (this == table) {
            return;
        }
        List<Element> tables = new ArrayList<>(body.select("table"));
        for (int i = tables.size() - 1; i >= 0; i--) {
            tables.get(i).replaceWith(asParagraphs(tables.get(i)));
        }
    }

    private static Element asParagraphs(Element table) {
        Element blocks = new Element("section");
        for (Element caption : table.children()) {
            if (caption.nameIs("caption")) {
                move(caption, blocks.appendElement("p").appendElement("strong"));
            }
        }
        List<String> headers = null;
        for (Element row : table.select("tr")) {
            List<Element> cells = row.children().stream().filter(c -> c.nameIs("td") || c.nameIs("th")).toList();
            if (cells.isEmpty()) {
                continue;
            }
            if (headers == null && cells.stream().allMatch(c -> c.nameIs("th"))) {
                headers = cells.stream().map(c -> c.text().strip()).toList();
                continue;
            }
            Element paragraph = blocks.appendElement("p");
            for (int i = 0; i < cells.size(); i++) {
                Element cell = cells.get(i);
                if (!cell.hasText() && cell.selectFirst("img") == null) {
                    continue;
                }
                if (paragraph.childNodeSize() > 0) {
                    paragraph.appendText(CELL_SEPARATOR);
                }
                if (headers != null && i < headers.size() && !headers.get(i).isEmpty()) {
                    paragraph.appendText(headers.get(i) + HEADER_SEPARATOR);
                }
                move(cell, paragraph);
            }
            if (paragraph.childNodeSize() == 0) {
                paragraph.remove();
            }
        }
        return blocks;
    }

    private static void move(Element from, Element to) {
        for (Node child : new ArrayList<>(from.childNodes())) {
            to.appendChild(child);
        }
    }
}
