package cn.tongpin.importing;

/** What the imported content is. */
public enum SourceFormat {
    /** Plain text: the first line is the title, every other line a paragraph. */
    text,
    /** Markdown: the first line (a # heading or not) is the title. */
    markdown,
    /** A web page or fragment: the h1 (or the page title) is the title, the article/main/body the story. */
    html,
    /** A WeChat official-account article page: #activity-name, #js_content, its author and publish time. */
    wechat
}
