package cn.tongpin.importing;

/** Examples for the import operations' documentation, kept in one place. */
final class ImportExamples {

    static final String DAMAGED_TEXT = """
            {"format":"text","locale":"zh-Hans","sourceUrl":"https://www.example.cn/news/1011.html",
             "content":"清遠(yuǎn)高新區(qū)與清遠(yuǎn)廣(guǎng)播電(diàn)視(shì)臺(tái)座談(tán)\\n分享到：微信 微博\\n10月11日,清遠(yuǎn)高新區(qū)黨(dǎng)工委副書(shū)記周岐賢(xián)率隊到訪。\\n來源：清远日报\\n责任编辑：李华"}
            """;

    static final String PREVIEW = """
            {"id":"5f0e1f4c-3a9b-4c1e-9a53-1f2c3d4e5f60","expiresAt":"2026-11-30T18:00:00Z",
             "draft":{"title":"清远高新区与清远广播电视台座谈","body":"10月11日，清远高新区党工委副书记周岐贤率队到访。",
              "summary":"10月11日，清远高新区党工委副书记周岐贤率队到访。","byline":null,"editor":"李华","source":"清远日报",
              "sourceOrganization":null,"sourceUrl":"https://www.example.cn/news/1011.html","date":null,"locale":"zh-Hans","images":[],
              "participants":[{"id":"0b8c6a3e-8f7d-4f8e-9a53-1f2c3d4e5f60","slug":"zhou-qixian","name":"周岐贤","matched":"周岐贤"}],
              "organizations":[],"meeting":null,"otherNames":[]},
             "report":{"repairs":["boilerplate","pinyin-annotations","traditional-to-simplified","punctuation","spacing"],
              "changes":[{"position":15,"before":"分享到：微信 微博\\n","after":"","rule":"boilerplate","candidates":[]},
               {"position":2,"before":"(yuǎn)","after":"","rule":"pinyin-annotations","candidates":[]}],
              "source":"清遠(yuǎn)高新區(qū)…","text":"清远高新区与清远广播电视台座谈\\n\\n10月11日，清远高新区党工委副书记周岐贤率队到访。"},
             "warnings":[],"articleId":null}
            """;

    private ImportExamples() {
    }
}
