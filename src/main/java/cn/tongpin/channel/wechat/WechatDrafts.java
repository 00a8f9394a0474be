package cn.tongpin.channel.wechat;

import cn.tongpin.channel.ChannelArticle;
import cn.tongpin.channel.ChannelImage;
import cn.tongpin.channel.ChannelWarning;
import cn.tongpin.channel.Characters;
import cn.tongpin.web.FieldError;
import cn.tongpin.web.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;

/** Builds the WeChat draft of an article: limits in characters, WeChat HTML, images, crops and hash. */
public final class WechatDrafts {

    public static final int TITLE_MAX = 32;
    public static final int AUTHOR_MAX = 16;
    public static final int DIGEST_MAX = 128;
    /** WeChat: content must have fewer than 20,000 characters… */
    public static final int CONTENT_MAX_CHARACTERS = 20_000;
    /** …and be under 1 MB (decimal, to be safe either way). */
    public static final int CONTENT_MAX_BYTES = 1_000_000;
    private static final ObjectMapper HASH_JSON = new ObjectMapper();

    private WechatDrafts() {
    }

    /** The defaults an editor does not set per article. */
    public record Options(boolean needOpenComment, boolean onlyFansCanComment) {
    }

    /**
     * @param wechatReady the WeChat-ready version of an image (JPEG/PNG under 1 MB), or null when there is none
     * @throws ProblemException 422 when the content is too large for WeChat, with its measured size
     */
    public static WechatDraft build(ChannelArticle a, UnaryOperator<ChannelImage> wechatReady, Options options) {
        List<ChannelWarning> warnings = new ArrayList<>();
        String title = Characters.fit("title", a.title(), TITLE_MAX, warnings);
        String author = Characters.fit("author", a.byline(), AUTHOR_MAX, warnings);
        String summary = a.summary() == null || a.summary().isBlank() ? Jsoup.parseBodyFragment(a.bodyHtml() == null ? "" : a.bodyHtml()).text() : a.summary();
        String digest = Characters.fit("digest", Jsoup.parseBodyFragment(summary).text(), DIGEST_MAX, warnings);

        WechatHtml.Result html = WechatHtml.convert(a.bodyHtml(),
                id -> a.images().containsKey(id) ? wechatReady.apply(a.images().get(id)) : null,
                a.locale().equals("zh-Hant") ? "參考連結" : "参考链接", warnings);
        checkSize(html.html());

        ChannelImage cover = a.cover() == null ? null : wechatReady.apply(a.cover());
        if (a.cover() == null) {
            warnings.add(new ChannelWarning("thumb_media_id", "cover_missing", "the article has no cover; WeChat needs one", null, null));
        } else if (cover == null) {
            warnings.add(new ChannelWarning("thumb_media_id", "cover_unusable", "the cover cannot be made a JPEG or PNG under 1 MB", null, null));
        }
        List<WechatDraft.Image> images = new ArrayList<>();
        if (cover != null) {
            images.add(image(cover, "cover"));
        }
        html.images().forEach(i -> images.add(image(i, "body")));
        // The crops are fractions, so they hold for the original and its re-encoded version alike.
        ChannelImage crop = a.cover();
        String crop2351 = cover == null ? null : WechatCrops.crop(crop.width(), crop.height(), 2.35, crop.focalX(), crop.focalY());
        String crop11 = cover == null ? null : WechatCrops.crop(crop.width(), crop.height(), 1, crop.focalX(), crop.focalY());

        WechatDraft.Article article = new WechatDraft.Article(title, author, digest, html.html(), a.canonicalUrl(), null,
                options.needOpenComment() ? 1 : 0, options.onlyFansCanComment() ? 1 : 0, crop2351, crop11);
        return new WechatDraft(article, cover == null ? null : cover.assetId(), List.copyOf(images), hash(article, images),
                List.copyOf(warnings));
    }

    private static void checkSize(String content) {
        int characters = Characters.length(content);
        int bytes = content.getBytes(StandardCharsets.UTF_8).length;
        if (characters >= CONTENT_MAX_CHARACTERS || bytes >= CONTENT_MAX_BYTES) {
            throw ProblemException.unprocessable("wechat_content_too_large",
                    "The WeChat content has " + characters + " characters and " + bytes + " bytes; WeChat accepts fewer than "
                            + CONTENT_MAX_CHARACTERS + " characters and " + CONTENT_MAX_BYTES + " bytes",
                    List.of(new FieldError("content", characters + " characters, " + bytes + " bytes (limits: under "
                            + CONTENT_MAX_CHARACTERS + " characters, under " + CONTENT_MAX_BYTES + " bytes)")));
        }
    }

    private static WechatDraft.Image image(ChannelImage i, String role) {
        return new WechatDraft.Image(i.assetId(), role, i.url(), i.mimeType(), i.bytes(), i.width(), i.height(), i.sha256());
    }

    /** Everything WeChat would receive: the article and the bytes of every image (by their hashes). */
    static String hash(WechatDraft.Article article, List<WechatDraft.Image> images) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(HASH_JSON.writeValueAsBytes(article));
            for (WechatDraft.Image image : images) {
                sha.update((image.role() + ":" + image.assetId() + ":" + image.sha256() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
