package cn.tongpin.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads title, body and what the markup states out of each source format. */
final class SourceExtractor {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\((\\S+?)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern WECHAT_TIME = Pattern.compile("var\\s+ct\\s*=\\s*\"(\\d{9,11})\"");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern CHINESE_DATE = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final int LONGEST_TITLE = 300;

    private SourceExtractor() {
    }

    static Extracted extract(String content, SourceFormat format, String baseUrl) {
        return switch (format) {
            case text -> lines(content, false);
            case markdown -> lines(content, true);
            case html -> html(Jsoup.parse(content, baseUrl == null ? "" : baseUrl));
            case wechat -> wechat(Jsoup.parse(content, baseUrl == null ? "" : baseUrl), content);
        };
    }

    /** Text or Markdown: the first line is the title (a leading # dropped). */
    private static Extracted lines(String content, boolean markdown) {
        String text = content.replace("\r\n", "\n").replace('\r', '\n').strip();
        List<ImportedImage> images = new ArrayList<>();
        if (markdown) {
            Matcher m = MARKDOWN_IMAGE.matcher(text);
            StringBuilder without = new StringBuilder();
            while (m.find()) {
                if (m.group(2).startsWith("http")) {
                    images.add(new ImportedImage(m.group(2), m.group(1).isBlank() ? null : m.group(1).strip()));
                    m.appendReplacement(without, "");
                }
            }
            m.appendTail(without);
            text = without.toString().strip();
        }
        int newline = text.indexOf('\n');
        String first = (newline < 0 ? text : text.substring(0, newline)).strip();
        String rest = newline < 0 ? "" : text.substring(newline + 1).strip();
        String title = markdown ? first.replaceFirst("^#+\\s*", "") : first;
        if (title.length() > LONGEST_TITLE) {
            return new Extracted(null, paragraphs(text, markdown), images, null, null, null);
        }
        return new Extracted(title, paragraphs(rest, markdown), images, null, null, null);
    }

    /** Plain text lines each become a paragraph; Markdown keeps its own blank lines. */
    private static String paragraphs(String text, boolean markdown) {
        if (markdown) {
            return text;
        }
        return String.join("\n\n", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    private static Extracted html(Document page) {
        Element h1 = page.selectFirst("h1");
        String title = h1 != null ? h1.text() : meta(page, "og:title");
        if (title == null || title.isBlank()) {
            title = page.title();
        }
        Element root = first(page, "article", "main", "#content", ".content");
        if (root == null) {
            root = page.body();
        }
        root.select("h1, header, footer, aside, nav").remove();
        List<ImportedImage> images = new ArrayList<>();
        String body = HtmlToMarkdown.convert(root, images);
        return new Extracted(blankToNull(title), body, images, blankToNull(meta(page, "author")), blankToNull(meta(page, "og:site_name")),
                isoDate(meta(page, "article:published_time")));
    }

    private static Extracted wechat(Document page, String content) {
        Element root = page.selectFirst("#js_content");
        if (root == null) {
            return null;
        }
        Element name = page.selectFirst("#activity-name");
        String title = name != null ? name.text() : meta(page, "og:title");
        Element author = page.selectFirst("#js_author_name");
        String byline = author != null ? author.text() : meta(page, "author");
        Element account = page.selectFirst("#js_name");
        List<ImportedImage> images = new ArrayList<>();
        Element cover = page.selectFirst("meta[property=og:image]");
        String body = HtmlToMarkdown.convert(root, images);
        if (cover != null && cover.attr("content").startsWith("http")) {
            images.add(0, new ImportedImage(cover.attr("content"), null));
        }
        Matcher time = WECHAT_TIME.matcher(content);
        LocalDate date = time.find() ? Instant.ofEpochSecond(Long.parseLong(time.group(1))).atZone(CHINA).toLocalDate() : null;
        return new Extracted(blankToNull(title), body, images, blankToNull(byline), account == null ? null : blankToNull(account.text()),
                date);
    }

    private static Element first(Document page, String... selectors) {
        for (String selector : selectors) {
            Element found = page.selectFirst(selector);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String meta(Document page, String name) {
        Element meta = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return meta == null ? null : meta.attr("content");
    }

    private static LocalDate isoDate(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(text);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** The first date with a year the text states (2023年10月11日); a date without a year is no date. */
    static LocalDate statedDate(String text) {
        Matcher m = CHINESE_DATE.matcher(text == null ? "" : text);
        while (m.find()) {
            LocalDate date = date(m.group(1), m.group(2), m.group(3));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The first month and day the text states (10月11日), for stories that leave the year out. */
    static java.time.MonthDay statedDay(String text) {
        Matcher m = MONTH_DAY.matcher(text == null ? "" : text);
        while (m.find()) {
            try {
                return java.time.MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (java.time.DateTimeException e) {
                // not a day; look further
            }
        }
        return null;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
