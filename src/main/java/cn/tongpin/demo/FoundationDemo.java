package cn.tongpin.demo;

import cn.tongpin.meeting.AttendeeRole;
import cn.tongpin.meeting.MeetingInput;
import cn.tongpin.meeting.MeetingInput.ActivityInput;
import cn.tongpin.meeting.MeetingInput.AttendeeInput;
import cn.tongpin.meeting.MeetingInput.OrganizationInRole;
import cn.tongpin.meeting.MeetingKind;
import cn.tongpin.meeting.MeetingService;
import cn.tongpin.meeting.MeetingStatus;
import cn.tongpin.meeting.OrganizationRole;
import cn.tongpin.organization.OrganizationInput;
import cn.tongpin.organization.OrganizationKind;
import cn.tongpin.organization.OrganizationService;
import cn.tongpin.participant.ParticipantInput;
import cn.tongpin.participant.ParticipantInput.PositionInput;
import cn.tongpin.participant.ParticipantService;
import cn.tongpin.topic.TopicInput;
import cn.tongpin.topic.TopicService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The founding example of DOMAIN.md as demo content, in our own words: the zone's bodies and the
 * city's media, three people with all their posts, the topics, and the symposium at the station.
 * The report gives no year; the demo assumes 2025.
 */
@ApplicationScoped
public class FoundationDemo {

    public static final String LOAD_NAME = "foundation";

    @Inject
    DemoLoads loads;

    @Inject
    OrganizationService organizations;

    @Inject
    ParticipantService participants;

    @Inject
    TopicService topics;

    @Inject
    MeetingService meetings;

    /** Loads the content unless this database already had it; true when it was loaded now. */
    public boolean loadOnce() {
        return loads.once(LOAD_NAME, this::load);
    }

    private void load() {
        organization("qingyuan-hitech-zone-party-committee", "清远高新区党工委", "高新区党工委", OrganizationKind.party_committee, null,
                "清远高新区", "清远高新技术产业开发区党的工作委员会，领导园区党的建设和各项工作。");
        organization("qingyuan-hitech-zone-administration", "清远高新区管委会", "高新区管委会", OrganizationKind.government, null,
                "清远高新区", "清远高新技术产业开发区管理委员会，负责园区的经济发展与行政管理。");
        organization("qingyuan-hitech-zone-offices-party-committee", "清远高新区机关党委", "机关党委", OrganizationKind.party_committee,
                "qingyuan-hitech-zone-party-committee", null, "高新区机关的党委，隶属高新区党工委。");
        organization("qingyuan-hitech-zone-two-new-party-committee", "清远高新区“两新”组织党委", "“两新”组织党委",
                OrganizationKind.party_committee, "qingyuan-hitech-zone-party-committee", null,
                "2021年成立，统筹园区新经济组织和新社会组织的党建工作，现有企业党支部50余个、党员400余名。");
        organization("qingyuan-hitech-zone-media-centre", "清远高新区融媒体中心", "高新区融媒体中心", OrganizationKind.media,
                "qingyuan-hitech-zone-administration", "清远高新", "园区自有的融媒体平台，运营的微信公众号长期位居全市前十。");
        organization("qingyuan-daily", "清远日报社", "清远日报", OrganizationKind.media, null, null, "清远市的市级党报。");
        organization("qingyuan-radio-tv", "清远广播电视台", "清远台", OrganizationKind.media, null, null,
                "清远市的广播电视媒体，拥有主播矩阵和视频制作团队。");

        for (String[] t : new String[][] {
                { "dang-jian", "党建", "党的建设，包括园区“两新”组织党建" },
                { "jing-ji-fa-zhan", "经济发展", "园区产业与经济发展" },
                { "wen-hua-su-zao", "文化塑造", "地方历史文化的挖掘与传播" },
                { "zhao-shang-yin-zi", "招商引资", "面向企业和项目的招商推介" },
                { "chan-ye-lian-dong", "产业联动", "园区产业链上下游的协同" },
                { "zhi-bo-dian-shang", "直播电商", "以直播带货助力企业销售" },
                { "mei-ti-rong-he", "媒体融合", "党媒资源与融媒体平台的合作" } }) {
            topics.create(new TopicInput(t[0], t[1], t[2]));
        }

        participant("zhou-qixian", "周岐贤", "清远高新区党工委副书记、管委会主任。", List.of(
                position("qingyuan-hitech-zone-party-committee", "党工委副书记", 1),
                position("qingyuan-hitech-zone-administration", "管委会主任", 2)));
        participant("hu-chunlong", "胡春龙", "清远高新区党工委委员、管委会副主任，兼任机关党委书记和“两新”组织党委书记。", List.of(
                position("qingyuan-hitech-zone-party-committee", "党工委委员", 1),
                position("qingyuan-hitech-zone-administration", "管委会副主任", 2),
                position("qingyuan-hitech-zone-offices-party-committee", "机关党委书记", 3),
                position("qingyuan-hitech-zone-two-new-party-committee", "“两新”组织党委书记", 4)));
        participant("zheng-weiwen", "郑伟文", "同时主持清远日报社和清远广播电视台的工作。", List.of(
                position("qingyuan-daily", "党委书记、社长", 1),
                position("qingyuan-radio-tv", "党委书记、台长", 2)));

        meetings.create(symposium());
    }

    private static MeetingInput symposium() {
        return new MeetingInput("hitech-zone-radio-tv-symposium-2025", MeetingKind.symposium,
                "清远高新区到访清远广播电视台开展宣传合作座谈",
                OffsetDateTime.parse("2025-10-11T09:30:00+08:00"), OffsetDateTime.parse("2025-10-11T11:30:00+08:00"),
                "清远广播电视台", "qingyuan-radio-tv",
                List.of(new OrganizationInRole("qingyuan-radio-tv", OrganizationRole.host),
                        new OrganizationInRole("qingyuan-daily", OrganizationRole.host),
                        new OrganizationInRole("qingyuan-hitech-zone-party-committee", OrganizationRole.visiting),
                        new OrganizationInRole("qingyuan-hitech-zone-administration", OrganizationRole.visiting),
                        new OrganizationInRole("qingyuan-hitech-zone-media-centre", OrganizationRole.partner)),
                List.of(new AttendeeInput("zhou-qixian", AttendeeRole.led_delegation, "高新区党工委副书记、管委会主任",
                                "qingyuan-hitech-zone-administration"),
                        new AttendeeInput("hu-chunlong", AttendeeRole.attendee,
                                "高新区党工委委员、管委会副主任，机关党委书记、“两新”组织党委书记", "qingyuan-hitech-zone-party-committee"),
                        new AttendeeInput("zheng-weiwen", AttendeeRole.host,
                                "清远日报社党委书记、社长，清远广播电视台党委书记、台长", "qingyuan-radio-tv")),
                List.of("mei-ti-rong-he", "dang-jian", "jing-ji-fa-zhan", "wen-hua-su-zao", "zhao-shang-yin-zi", "chan-ye-lian-dong",
                        "zhi-bo-dian-shang"),
                List.of(new ActivityInput("参观主播矩阵", "代表团了解电视台主持人和主播团队的分工与节目。"),
                        new ActivityInput("参观党员墙", "了解电视台党员队伍建设的做法。"),
                        new ActivityInput("参观文化客厅", "在文化客厅听取清远历史沿革、历史名人、民间传说和考古发现的介绍。"),
                        new ActivityInput("召开座谈会", "双方围绕深化宣传合作、党媒资源与园区发展的结合进行交流。")),
                List.of("在已有合作项目的基础上继续深化合作。",
                        "紧扣全市中心工作开展宣传。",
                        "共同寻找宣传报道的新角度。",
                        "电视台以视频制作能力和主持人资源，帮助园区企业开展直播电商。"),
                "10月11日，清远高新区代表团到清远广播电视台交流。双方回顾了合作共办刊物《凤起高新》等成果，"
                        + "商定把党媒资源与园区的党建、经济发展、文化塑造、招商引资和产业联动结合起来，"
                        + "并借助直播电商帮助园区企业拓展销售。高新区提出，要把电子信息产业园建成全国一流园区，"
                        + "打造全市首个千亿级产业园区。",
                MeetingStatus.published);
    }

    private void organization(String slug, String name, String shortName, OrganizationKind kind, String parent,
            String wechatAccount, String description) {
        organizations.create(new OrganizationInput(slug, name, shortName, kind, parent, null, wechatAccount, null, description));
    }

    private void participant(String slug, String name, String bio, List<PositionInput> positions) {
        participants.create(new ParticipantInput(slug, name, bio, null, positions));
    }

    private static PositionInput position(String organization, String title, int order) {
        return new PositionInput(organization, title, null, null, order);
    }
}
