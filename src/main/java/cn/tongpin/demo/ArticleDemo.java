package cn.tongpin.demo;

import cn.tongpin.article.ArticleInput;
import cn.tongpin.article.ArticleService;
import cn.tongpin.article.ArticleView;
import cn.tongpin.article.ArticleWorkflow;
import cn.tongpin.asset.AssetInput;
import cn.tongpin.asset.AssetService;
import cn.tongpin.richtext.BodyFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/**
 * Two published articles about the founding example, written in our own words from DOMAIN.md:
 * the report of the symposium (linked to the meeting, its people, organizations and topics) and
 * the zone's party-building figures. Their covers are images the project ships (src/main/resources/demo).
 */
@ApplicationScoped
public class ArticleDemo {

    public static final String LOAD_NAME = "articles";
    public static final String REPORT_SLUG = "hitech-zone-radio-tv-symposium-report";
    public static final String PARTY_BUILDING_SLUG = "hitech-zone-two-new-party-building";

    @Inject
    DemoLoads loads;

    @Inject
    AssetService assets;

    @Inject
    ArticleService articles;

    @Inject
    ArticleWorkflow workflow;

    /** Loads the articles unless this database already had them; true when they were loaded now. */
    public boolean loadOnce() {
        return loads.once(LOAD_NAME, this::load);
    }

    private void load() {
        UUID symposiumCover = cover("cover-symposium.png", "两条同频起伏的金色波形", "同频共振：高新区与市级党媒的宣传合作。");
        UUID partyCover = cover("cover-party-building.png", "暖色背景上的两条波形", "园区“两新”组织党建。");
        publish(articles.create(report(symposiumCover)));
        publish(articles.create(partyBuilding(partyCover)));
    }

    private UUID cover(String file, String altText, String caption) {
        try (InputStream in = ArticleDemo.class.getResourceAsStream("/demo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Demo image " + file + " is missing");
            }
            return assets.upload(in.readAllBytes(), file, new AssetInput(altText, caption)).asset().id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void publish(ArticleView article) {
        workflow.publish(article.id().toString(), null);
    }

    private static ArticleInput report(UUID cover) {
        String body = """
                10月11日，清远高新区党工委副书记、管委会主任周岐贤带领高新区代表团来到清远广播电视台，\
                与清远日报社党委书记、社长，清远广播电视台党委书记、台长郑伟文一行座谈，商议进一步加强宣传合作。\
                高新区党工委委员、管委会副主任胡春龙，双方相关部门负责人和高新区融媒体中心的工作人员参加了活动。

                ## 先参观，再座谈

                座谈前，代表团走进电视台的主播矩阵、党员墙和文化客厅。在文化客厅里，大家听取了清远的历史沿革、\
                历史名人、民间传说和考古发现的介绍。

                ![同频共振](asset:%s)

                ## 党媒资源对接园区发展

                座谈中，双方一致认为，要把党媒的宣传资源与园区的**党建**、**经济发展**、**文化塑造**、**招商引资**和\
                **产业联动**结合起来，把合作从“做报道”拓展到“促发展”。高新区介绍，园区正推动电子信息产业园建设成为全国一流园区，\
                力争打造全市首个千亿级产业园区；高新区微信公众号长期位居全市前十，双方合办的《凤起高新》也已成为合作的一张名片。

                电视台表示，愿意发挥视频制作和主持人方面的优势，通过直播电商帮助园区企业把产品卖出去。

                ## 下一步

                - 在现有合作项目的基础上继续深化；
                - 紧扣全市中心工作策划宣传；
                - 共同寻找宣传报道的新角度。
                """.formatted(cover);
        return new ArticleInput(REPORT_SLUG, "清远高新区与清远广播电视台座谈：党媒资源助力园区发展", "双方商定深化宣传合作，以直播电商服务园区企业",
                null, body, BodyFormat.markdown, "高新区融媒体中心", "qingyuan-hitech-zone-media-centre", cover.toString(),
                List.of("mei-ti-rong-he", "dang-jian", "jing-ji-fa-zhan", "wen-hua-su-zao", "zhao-shang-yin-zi", "chan-ye-lian-dong",
                        "zhi-bo-dian-shang"),
                "hitech-zone-radio-tv-symposium-2025", List.of("zhou-qixian", "hu-chunlong", "zheng-weiwen"),
                List.of("qingyuan-hitech-zone-party-committee", "qingyuan-hitech-zone-administration", "qingyuan-radio-tv",
                        "qingyuan-daily", "qingyuan-hitech-zone-media-centre"),
                null, null, "zh-Hans", null, null);
    }

    private static ArticleInput partyBuilding(UUID cover) {
        String body = """
                2021年起，清远高新区设立“两新”组织党委，把园区新经济组织和新社会组织的党建工作统一抓起来。\
                几年下来，园区企业中的党组织已经成片成网。

                | 指标 | 数量 |
                |---|---|
                | 企业党支部 | 50余个 |
                | 党员 | 400余名 |

                “两新”组织党委书记由高新区党工委委员、管委会副主任胡春龙兼任。党建工作与园区发展同向发力：\
                园区提出把电子信息产业园建成全国一流园区、打造全市首个千亿级产业园区，企业党支部和党员在其中当先锋、作表率。

                今后，高新区还将借助与市级党媒的宣传合作，讲好园区企业党建的故事。
                """;
        return new ArticleInput(PARTY_BUILDING_SLUG, "清远高新区“两新”组织党建：50余个企业党支部、400余名党员", null,
                null, body, BodyFormat.markdown, "高新区融媒体中心", "qingyuan-hitech-zone-media-centre", cover.toString(),
                List.of("dang-jian", "jing-ji-fa-zhan"), null, List.of("hu-chunlong"),
                List.of("qingyuan-hitech-zone-two-new-party-committee", "qingyuan-hitech-zone-party-committee"),
                null, null, "zh-Hans", null, null);
    }
}
