package cn.tongpin.channel.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.channel.ChannelArticle;
import cn.tongpin.channel.ChannelImage;
import cn.tongpin.channel.ChannelWarning;
import cn.tongpin.channel.Characters;
import cn.tongpin.channel.HostileArticle;
import cn.tongpin.web.ProblemException;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class WechatDraftsTest {

    /** Stands in for re-encoding: PNG and WebP above the limits become a JPEG rendition. */
    static final UnaryOperator<ChannelImage> READY = i -> WechatImageEncoder.acceptable(i.mimeType(), i.bytes()) ? i
            : new ChannelImage(i.assetId(), i.url() + "/wechat", "image/jpeg", 900_000, Math.min(i.width(), 2560),
                    Math.min(i.height(), 1920), "e".repeat(64), i.alt(), i.focalX(), i.focalY());
    static final WechatDrafts.Options OPTIONS = new WechatDrafts.Options(true, false);

    @Test
    void shouldKeepNothingExecutableOrUntrustedFromHostileArticle() {
        WechatDraft draft = WechatDrafts.build(HostileArticle.withoutLongBody(), READY, OPTIONS);
        String html = draft.article().content();
        HostileArticle.assertSafeHtml(html, WechatHtml.TAGS);
        HostileArticle.assertUntrustedTextKept(Jsoup.parseBodyFragment(html).text());
        assertTrue(html.contains("&lt;script&gt;literal&lt;/script&gt; &amp; done"), "code text stays text");
    }

    @Test
    void shouldCountLimitsInCharactersAndWarnWhatWasShortened() {
        WechatDraft draft = WechatDrafts.build(HostileArticle.withoutLongBody(), READY, OPTIONS);
        assertEquals(32, Characters.length(draft.article().title()));
        assertTrue(draft.article().title().endsWith("…"));
        assertEquals(16, Characters.length(draft.article().author()));
        assertEquals(128, Characters.length(draft.article().digest()));
        List<String> truncated = draft.warnings().stream().filter(w -> w.code().equals("truncated")).map(ChannelWarning::field).toList();
        assertEquals(List.of("title", "author", "digest"), truncated);
        ChannelWarning title = draft.warnings().get(0);
        assertEquals(32, title.limit());
        assertEquals(40L, title.measured());
    }

    @Test
    void shouldNeverSplitACharacterWhenShortening() {
        String title = "一".repeat(30) + "😀😀😀";
        ChannelArticle a = withTitle(HostileArticle.withoutLongBody(), title);
        String cut = WechatDrafts.build(a, READY, OPTIONS).article().title();
        assertEquals("一".repeat(30) + "😀…", cut);
    }

    @Test
    void shouldTurnExternalLinksIntoNumberedNotes() {
        String html = WechatDrafts.build(HostileArticle.withoutLongBody(), READY, OPTIONS).article().content();
        Element body = Jsoup.parseBodyFragment(html).body();
        assertEquals(1, body.select("a").size(), "only the WeChat article link stays a link");
        assertEquals("https://mp.weixin.qq.com/s/abcdef", body.selectFirst("a").attr("href"));
        assertTrue(body.text().contains("外部链接[1]与第二个[2]以及同一链接[1]"), body.text());
        List<String> notes = body.select("section > ol > li").eachText();
        assertEquals(List.of("https://evil.example.com/page?a=1&b=2", "https://www.example.org/"), notes);
        assertTrue(body.text().contains("参考链接"));
    }

    @Test
    void shouldListCoverAndBodyImagesWeChatAccepts() {
        WechatDraft draft = WechatDrafts.build(HostileArticle.withoutLongBody(), READY, OPTIONS);
        assertEquals(HostileArticle.COVER, draft.thumbAssetId());
        List<UUID> ids = draft.images().stream().map(WechatDraft.Image::assetId).toList();
        assertEquals(List.of(HostileArticle.COVER, HostileArticle.NORMAL, HostileArticle.HUGE, HostileArticle.WEBP), ids);
        for (WechatDraft.Image image : draft.images()) {
            assertTrue(image.bytes() < WechatImageEncoder.MAX_BYTES);
            assertTrue(List.of("image/jpeg", "image/png").contains(image.mimeType()));
        }
        Element body = Jsoup.parseBodyFragment(draft.article().content()).body();
        for (Element img : body.select("img")) {
            assertFalse(img.attr("data-asset-id").isEmpty());
            assertTrue(img.attr("src").startsWith(HostileArticle.BASE));
            assertTrue(img.attr("style").contains("max-width:100%"));
        }
        assertTrue(body.select("img[data-asset-id=" + HostileArticle.HUGE + "]").attr("src").endsWith("/wechat"));
        assertTrue(body.select("img[data-asset-id=" + HostileArticle.UNKNOWN + "]").isEmpty());
        assertTrue(draft.warnings().stream().anyMatch(w -> w.code().equals("image_removed")));
    }

    @Test
    void shouldRefuseContentOver20000CharactersWithItsMeasuredSize() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> WechatDrafts.build(HostileArticle.withLongBody(), READY, OPTIONS));
        assertEquals(422, e.text().status());
        assertEquals("wechat_content_too_large", e.text().code());
        assertTrue(e.getMessage().matches(".*has 3\\d{4} characters and \\d+ bytes.*"), e.getMessage());
        assertEquals("content", e.errors().get(0).field());
    }

    @Test
    void shouldGiveCropsInWechatsNormalisedForm() {
        WechatDraft draft = WechatDrafts.build(HostileArticle.withoutLongBody(), READY, OPTIONS);
        // 3000x1000 with the subject at the right: the square is pushed to the right edge.
        assertEquals("0.666667_0_1_1", draft.article().picCrop11());
        assertEquals("0.108333_0_0.891667_1", WechatCrops.crop(3000, 1000, 2.35, null, null));
        assertEquals("0_0.287234_1_0.712766", WechatCrops.crop(1000, 1000, 2.35, null, null));
        assertEquals("0_0_1_0.425532", WechatCrops.crop(1000, 1000, 2.35, 0.5, 0.0));
        assertEquals("0_0_1_1", WechatCrops.crop(500, 500, 1, 0.2, 0.2));
    }

    @Test
    void shouldTakeCommentSettingsAndCanonicalUrl() {
        WechatDraft draft = WechatDrafts.build(HostileArticle.withoutLongBody(), READY, OPTIONS);
        assertEquals(1, draft.article().needOpenComment());
        assertEquals(0, draft.article().onlyFansCanComment());
        assertEquals("https://www.example.cn/news/hostile-article", draft.article().contentSourceUrl());
        assertNull(draft.article().thumbMediaId());
    }

    @Test
    void shouldKeepContentHashForUnchangedContentAndChangeItOtherwise() {
        String first = WechatDrafts.build(HostileArticle.withoutLongBody(), READY, OPTIONS).contentHash();
        String again = WechatDrafts.build(HostileArticle.withoutLongBody(), READY, OPTIONS).contentHash();
        assertEquals(first, again);
        assertTrue(first.matches("sha256:[0-9a-f]{64}"));
        String retitled = WechatDrafts.build(withTitle(HostileArticle.withoutLongBody(), "新标题"), READY, OPTIONS).contentHash();
        assertNotEquals(first, retitled);
        String otherComments = WechatDrafts.build(HostileArticle.withoutLongBody(), READY, new WechatDrafts.Options(false, false)).contentHash();
        assertNotEquals(first, otherComments);
    }

    static ChannelArticle withTitle(ChannelArticle a, String title) {
        return new ChannelArticle(a.id(), a.slug(), title, a.byline(), a.summary(), a.bodyHtml(), a.cover(), a.images(),
                a.canonicalUrl(), a.sourceUrl(), a.publishedAt(), a.updatedAt(), a.topics(), a.sourceOrganization(),
                a.syndication(), a.locale());
    }

    @Test
    void shouldNoteMailtoAddressesLikeWebLinks() {
        List<ChannelWarning> warnings = new java.util.ArrayList<>();
        String html = WechatHtml.convert("<p><a href=\"mailto:ban%40example.cn?subject=x\">办公室</a>与<a href=\"https://www.example.org/\">网站</a>"
                + "<a href=\"mailto:a@example.cn,b@example.cn\">两位</a><a href=\"mailto:坏\">坏地址</a></p>", id -> null, "参考链接", warnings).html();
        Element body = Jsoup.parseBodyFragment(html).body();
        assertTrue(body.select("a").isEmpty(), html);
        assertTrue(body.text().startsWith("办公室[1]与网站[2]两位[3]坏地址"), body.text());
        assertEquals(List.of("ban@example.cn", "https://www.example.org/", "a@example.cn,b@example.cn"),
                body.select("section > ol > li").eachText());
    }
}
