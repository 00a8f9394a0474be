#!/usr/bin/env python3
"""Writes a realistic Tongpin data set as one SQL file of COPY blocks (stdin data), for psql.

Default: 100 organizations, 300 participants, 500 meetings, 10,000 articles with ~3 KB
Chinese bodies (when the article table exists). Deterministic (seeded), so runs compare.
Usage: generate.py [--articles N] [--with-articles] > data.sql
"""
import argparse
import datetime
import random
import uuid

R = random.Random(20251011)

PLACES = ["清远", "英德", "连州", "佛冈", "阳山", "连山", "连南", "清新", "清城", "广州", "深圳", "佛山"]
ORG_SUFFIX = [("高新区管委会", "government"), ("党工委", "party_committee"), ("日报社", "media"), ("广播电视台", "media"),
              ("融媒体中心", "media"), ("电子信息产业园", "company"), ("职业技术学院", "school"), ("商会", "association"),
              ("科技有限公司", "company"), ("机关党委", "party_committee")]
SURNAMES = "周胡郑王李张刘陈杨黄赵吴徐孙马朱胡郭何林罗高梁宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "岐贤春龙伟文建国志强海燕丽华明辉晓东红梅国庆秀英子豪嘉怡思远梓涵俊杰雨桐浩然欣怡宇轩诗涵"
TITLES = ["党工委书记", "党工委副书记", "管委会主任", "管委会副主任", "党委书记", "社长", "台长", "总编辑", "主任", "副主任",
          "董事长", "总经理", "院长", "会长", "秘书长", "记者", "主播"]
TOPICS = [("党建", "dang-jian"), ("经济发展", "jing-ji-fa-zhan"), ("招商引资", "zhao-shang-yin-zi"), ("媒体融合", "mei-ti-rong-he"),
          ("文化塑造", "wen-hua-su-zao"), ("产业联动", "chan-ye-lian-dong"), ("直播电商", "zhi-bo-dian-shang"),
          ("乡村振兴", "xiang-cun-zhen-xing"), ("科技创新", "ke-ji-chuang-xin"), ("营商环境", "ying-shang-huan-jing"),
          ("人才引进", "ren-cai-yin-jin"), ("生态保护", "sheng-tai-bao-hu"), ("数字经济", "shu-zi-jing-ji"),
          ("两新组织", "liang-xin-zu-zhi"), ("宣传合作", "xuan-chuan-he-zuo"), ("城市建设", "cheng-shi-jian-she"),
          ("教育培训", "jiao-yu-pei-xun"), ("志愿服务", "zhi-yuan-fu-wu"), ("对外交流", "dui-wai-jiao-liu"), ("公共服务", "gong-gong-fu-wu")]
PHRASES = ["深化宣传合作", "推动党建引领", "促进经济高质量发展", "加强招商引资工作", "推进产业联动", "打造一流电子信息产业园",
           "建设千亿级产业园区", "发挥党媒资源优势", "讲好高新区故事", "开展直播电商助力企业", "提升城市文化形象",
           "挖掘本地历史文化", "参观主播矩阵和党员墙", "走进文化客厅了解考古发现", "围绕中心工作寻找宣传新角度",
           "两新组织党委成立以来", "企业党支部数量持续增长", "党员队伍不断壮大", "公众号影响力位居全市前列",
           "共同编印凤起高新杂志", "推动媒体融合向纵深发展", "优化营商环境", "服务企业发展", "加快科技创新步伐",
           "强化人才引进政策", "共建共享优质资源", "围绕乡村振兴开展调研", "举行工作座谈会", "签署战略合作协议",
           "交流数字经济发展经验", "完善公共服务体系", "组织志愿服务活动", "深入企业一线调研", "听取意见建议",
           "形成工作合力", "取得阶段性成效", "推进重点项目建设", "提升治理能力", "加强生态环境保护", "开拓对外交流渠道"]
PUNCT = ["，", "，", "，", "；", "。"]
KINDS = ["symposium", "working_meeting", "visit", "forum", "signing", "other"]
MEETING_WORDS = ["宣传合作座谈会", "工作座谈会", "调研活动", "发展论坛", "合作签约仪式", "交流会", "专题会议", "推进会"]


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ts(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S+00")


def esc(v):
    if v is None:
        return "\\N"
    return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def copy(table, columns, rows):
    out = ["copy %s (%s) from stdin;" % (table, ", ".join(columns))]
    for row in rows:
        out.append("\t".join(esc(v) for v in row))
    out.append("\\.")
    return "\n".join(out)


def sentence(extra=()):
    words = [R.choice(PHRASES) for _ in range(R.randint(2, 5))]
    words += list(extra)
    R.shuffle(words)
    text = ""
    for i, w in enumerate(words):
        text += w + (R.choice(PUNCT) if i < len(words) - 1 else "。")
    if R.random() < 0.3:
        text = "自%d年以来，已有%d多名党员参与，" % (R.randint(2015, 2025), R.choice([50, 120, 400, 1000])) + text
    return text


def body(length, names):
    text = ""
    while len(text) < length:
        text += sentence([R.choice(names)] if names and R.random() < 0.3 else ())
        if R.random() < 0.2:
            text += "\n\n"
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--organizations", type=int, default=100)
    ap.add_argument("--participants", type=int, default=300)
    ap.add_argument("--meetings", type=int, default=500)
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--with-articles", action="store_true")
    a = ap.parse_args()
    now = datetime.datetime(2026, 11, 1, tzinfo=datetime.timezone.utc)
    out = ["set client_encoding = 'UTF8';", "begin;"]

    topics = []
    for name, slug in TOPICS:
        topics.append((uid(), slug, name, name + "相关的内容", ts(now), ts(now), 1))
    out.append(copy("topic", ["id", "slug", "name", "description", "created_at", "updated_at", "version"], topics))

    orgs = []
    for i in range(a.organizations):
        suffix, kind = ORG_SUFFIX[i % len(ORG_SUFFIX)]
        name = "%s%s%d" % (R.choice(PLACES), suffix, i) if i >= len(ORG_SUFFIX) else R.choice(PLACES) + suffix
        parent = orgs[R.randrange(len(orgs))][0] if orgs and R.random() < 0.3 else None
        orgs.append((uid(), "org-%04d" % i, name, suffix[:4], kind, parent, None, None, None,
                     body(120, []), ts(now), ts(now), 1))
    out.append(copy("organization", ["id", "slug", "name", "short_name", "kind", "parent_id", "website", "wechat_account",
                                     "logo_url", "description", "created_at", "updated_at", "version"], orgs))

    people, positions = [], []
    for i in range(a.participants):
        name = R.choice(SURNAMES) + "".join(R.choice(GIVEN) for _ in range(R.randint(1, 2)))
        pid = uid()
        people.append((pid, "person-%04d" % i, name, body(100, []), None, ts(now), ts(now), 1))
        for order in range(R.randint(1, 3)):
            positions.append((pid, order, R.choice(orgs)[0], R.choice(TITLES), "2019-01-01", None))
    out.append(copy("participant", ["id", "slug", "name", "bio", "photo_url", "created_at", "updated_at", "version"], people))
    out.append(copy("participant_position", ["participant_id", "sort_order", "organization_id", "title", "started_on",
                                             "ended_on"], positions))

    meetings, m_orgs, m_people, m_topics = [], [], [], []
    names = [p[2] for p in people]
    for i in range(a.meetings):
        mid = uid()
        start = now - datetime.timedelta(days=R.randint(1, 2000), hours=R.randint(0, 12))
        host = R.choice(orgs)
        title = R.choice(PLACES) + R.choice(["高新区", "日报社", "广播电视台", "融媒体中心"]) + R.choice(MEETING_WORDS)
        status = "draft" if i % 25 == 0 else "published"
        meetings.append((mid, "meeting-%04d" % i, R.choice(KINDS), title, ts(start), None, R.choice(orgs)[2], host[0],
                         body(300, names), status, ts(start), ts(start), 1))
        m_orgs.append((mid, 0, host[0], "host"))
        others = [o for o in R.sample(orgs, R.randint(1, 3)) if o[0] != host[0]]
        for order, org in enumerate(others, start=1):
            m_orgs.append((mid, order, org[0], R.choice(["visiting", "partner"])))
        for order, person in enumerate(R.sample(people, R.randint(2, 6))):
            m_people.append((mid, order, person[0], None, R.choice(["led_delegation", "host", "speaker", "attendee"]),
                             R.choice(TITLES)))
        for t in R.sample(topics, R.randint(1, 3)):
            m_topics.append((mid, t[0]))
    out.append(copy("meeting", ["id", "slug", "kind", "title", "starts_at", "ends_at", "venue", "host_organization_id",
                                "summary", "status", "created_at", "updated_at", "version"], meetings))
    out.append(copy("meeting_organization", ["meeting_id", "sort_order", "organization_id", "role"], m_orgs))
    out.append(copy("meeting_attendee", ["meeting_id", "sort_order", "participant_id", "organization_id", "role", "title"],
                    m_people))
    out.append(copy("meeting_topic", ["meeting_id", "topic_id"], m_topics))

    if a.with_articles:
        arts, a_topics, a_people, a_orgs = [], [], [], []
        statuses = ["published"] * 17 + ["draft", "scheduled", "archived"]
        for i in range(a.articles):
            aid = uid()
            published = now - datetime.timedelta(minutes=R.randint(1, 3 * 365 * 24 * 60))
            status = statuses[i % len(statuses)]
            text = body(1000, names)  # ~1,000 characters = ~3 KB of UTF-8
            title = R.choice(PLACES) + R.choice(PHRASES) + R.choice(["", "纪实", "综述", "侧记"])
            html = "".join("<p>%s</p>" % p for p in text.split("\n\n") if p)
            meeting = R.choice(meetings)[0] if R.random() < 0.3 else None
            arts.append((aid, "article-%05d" % i, title, None, text[:120], True, "markdown", text, html, text,
                         "记者" + R.choice(names), R.choice(orgs)[0], None, meeting, None, None, "zh-Hans", status,
                         ts(published) if status == "scheduled" else None,
                         ts(published) if status in ("published", "archived") else None, None,
                         ts(published), ts(published), 1))
            for t in R.sample(topics, R.randint(1, 3)):
                a_topics.append((aid, t[0]))
            for p in R.sample(people, R.randint(0, 3)):
                a_people.append((aid, p[0]))
            for o in R.sample(orgs, R.randint(0, 2)):
                a_orgs.append((aid, o[0]))
        out.append(copy("article", ["id", "slug", "title", "subtitle", "summary", "summary_derived", "body_format",
                                    "body_source", "body_html", "body_text", "byline", "source_organization_id",
                                    "cover_asset_id", "meeting_id", "canonical_url", "source_url", "locale", "status",
                                    "publish_at", "published_at", "unpublish_at", "created_at", "updated_at", "version"],
                        arts))
        out.append(copy("article_topic", ["article_id", "topic_id"], a_topics))
        out.append(copy("article_participant", ["article_id", "participant_id"], a_people))
        out.append(copy("article_organization", ["article_id", "organization_id"], a_orgs))

    out.append("commit;")
    print("\n".join(out))


if __name__ == "__main__":
    main()
