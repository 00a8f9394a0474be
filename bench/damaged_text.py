#!/usr/bin/env python3
"""Writes the import benchmark's request body: a ~30,000-character story with every damage an
import repairs or flags (Traditional characters with pinyin after them, half-width punctuation and
spaces between Chinese, share-button and 责任编辑 lines, GBK decoded one byte late, UTF-8 read as
Latin-1, ? and U+FFFD). Deterministic (seeded), so runs compare. Usage: damaged_text.py [chars]
"""
import json
import random
import sys

R = random.Random(20261129)
TARGET = int(sys.argv[1]) if len(sys.argv) > 1 else 30000

SENTENCES = [
    "清远高新区党工委副书记、管委会主任周岐贤率队到清远广播电视台座谈交流",
    "双方围绕党建、经济发展、招商引资和产业联动等方面深化宣传合作",
    "郑伟文表示，将发挥视频制作和主持人优势，为园区企业提供直播电商服务",
    "胡春龙介绍了两新组织党委的工作情况和园区企业党支部的建设成效",
    "与会人员参观了主播矩阵、党员墙和文化客厅，了解本地历史文化",
    "高新区将以电子信息产业园为重点，努力建设全市首个千亿级产业园区",
    "双方同意围绕全市中心工作，持续寻找宣传报道的新角度",
]
# Simplified → (Traditional, tone-marked pinyin) for characters of the sentences above.
TRADITIONAL = {"远": ("遠", "yuǎn"), "区": ("區", "qū"), "党": ("黨", "dǎng"), "书": ("書", "shū"), "记": ("記", "jì"),
               "会": ("會", "huì"), "贤": ("賢", "xián"), "队": ("隊", "duì"), "广": ("廣", "guǎng"), "电": ("電", "diàn"),
               "视": ("視", "shì"), "台": ("臺", "tái"), "谈": ("談", "tán"), "双": ("雙", "shuāng"), "经": ("經", "jīng"),
               "济": ("濟", "jì"), "发": ("發", "fā"), "展": ("展", "zhǎn"), "业": ("業", "yè"), "联": ("聯", "lián"),
               "动": ("動", "dòng"), "传": ("傳", "chuán"), "将": ("將", "jiāng"), "频": ("頻", "pín"), "为": ("為", "wèi"),
               "园": ("園", "yuán"), "务": ("務", "wù"), "组": ("組", "zǔ"), "织": ("織", "zhī"), "设": ("設", "shè"),
               "参": ("參", "cān"), "观": ("觀", "guān"), "墙": ("牆", "qiáng"), "历": ("歷", "lì"), "产": ("產", "chǎn"),
               "级": ("級", "jí"), "围": ("圍", "wéi"), "绕": ("繞", "rào"), "报": ("報", "bào"), "道": ("道", "dào")}
BOILERPLATE = ["分享到：微信 微博 QQ空间", "点击阅读原文", "扫码关注我们", "【字体：大 中 小】", "上一篇：高新区召开工作会议"]


def traditional_with_pinyin(text):
    out = []
    for c in text:
        if c in TRADITIONAL and TRADITIONAL[c][0] != c:
            out.append(TRADITIONAL[c][0] + "(" + TRADITIONAL[c][1] + ")")
        else:
            out.append(c)
    return "".join(out)


def gbk_shifted(text):
    return text.encode("gbk")[1:].decode("gbk", errors="replace")


def latin1(text):
    return text.encode("utf-8").decode("cp1252", errors="replace")


def damaged(sentence):
    kind = R.randrange(8)
    if kind == 0:
        return traditional_with_pinyin(sentence)
    if kind == 1:
        return sentence.replace("，", ",").replace("、", " 、 ")
    if kind == 2:
        cut = R.randrange(4, len(sentence) - 8)
        return sentence[:cut] + gbk_shifted(sentence[cut:cut + 8]) + sentence[cut + 8:]
    if kind == 3:
        cut = R.randrange(4, len(sentence) - 4)
        return sentence[:cut] + latin1(sentence[cut:cut + 4]) + sentence[cut + 4:]
    if kind == 4:
        cut = R.randrange(2, len(sentence) - 2)
        return sentence[:cut] + R.choice(["?", "??", "\ufffd"]) + sentence[cut + 1:]
    return sentence


lines = ["清遠(yuǎn)高新區(qū)與清遠(yuǎn)廣(guǎng)播電(diàn)視(shì)臺(tái)座談(tán)"]
size = len(lines[0])
while size < TARGET:
    paragraph = "。".join(damaged(R.choice(SENTENCES)) for _ in range(R.randrange(2, 5))) + "。"
    if R.randrange(10) == 0:
        paragraph = R.choice(BOILERPLATE)
    lines.append(paragraph)
    size += len(paragraph) + 1
lines += ["来源：清远日报", "责任编辑：李华"]
print(json.dumps({"format": "text", "locale": "zh-Hans", "content": "\n".join(lines)}, ensure_ascii=False))
