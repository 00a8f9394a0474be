package cn.tongpin.article;

/** Where an article is in the editorial workflow. */
public enum ArticleStatus {
    draft, scheduled, published, archived
}
