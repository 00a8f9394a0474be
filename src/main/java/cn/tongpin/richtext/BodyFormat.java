package cn.tongpin.richtext;

/** How an article body is sent: Markdown (CommonMark with tables) or HTML. */
public enum BodyFormat {
    markdown, html
}
