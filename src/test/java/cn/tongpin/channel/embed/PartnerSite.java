package cn.tongpin.channel.embed;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A partner's page on another origin, with CSS that would wreck any widget it could reach. */
final class PartnerSite implements AutoCloseable {

    /**
     * What partner sites really ship: a CMS theme that hides empty divs and every div of its main
     * column, sets fonts, alignment and colours on body, div and a, resets box sizing, hides images,
     * hides custom elements until they are defined, and restyles whatever sits in main; plus rules
     * that target the widget's own tags with !important.
     */
    static final String HOSTILE_CSS = """
            * { box-sizing: content-box; letter-spacing: 2px; font-family: "Comic Sans MS" !important; }
            html { font-size: 10px; }
            body { font: 11px/1 SimSun, serif; color: #f00; background: #ffe; text-align: center; text-transform: uppercase;
              word-spacing: 6px; }
            div:empty { display: none; }
            main div { display: none; }
            div { font-size: 11px; text-align: center; line-height: 1; color: #f0f; }
            main > * { margin: 80px !important; padding: 30px; opacity: .3; border: 5px solid #000; width: 300px; }
            :not(:defined) { display: none; }
            a { color: #f00 !important; text-decoration: underline; font-weight: 900; }
            img { display: none; }
            ul, ol { list-style: square; padding-left: 40px; }
            h2, h3 { font-size: 30px; }
            li, a, h2, h3, p, img, ul, time, section, article { display: none !important; font-size: 1px !important;
              color: transparent !important; visibility: hidden !important; }
            """;

    private final HttpServer server;
    private final String css;
    private volatile String page = "";

    PartnerSite(String scriptTag) throws IOException {
        this(HOSTILE_CSS, scriptTag);
    }

    PartnerSite() throws IOException {
        this(HOSTILE_CSS, null);
    }

    /** A partner page with this stylesheet ("": a page without any CSS) and script tag (null: served later). */
    PartnerSite(String css, String scriptTag) throws IOException {
        this.css = css;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        if (scriptTag != null) {
            serve(scriptTag);
        }
    }

    /** Serves the page with this script tag from now on. */
    void serve(String scriptTag) {
        page = """
                <!doctype html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>合作伙伴网站</title><style>%s</style></head>
                <body><header><h1>合作伙伴网站</h1></header>
                <main><p>页面正文</p>
                %s
                </main>
                <p><a href="#after" id="after">页面后面的链接</a></p></body></html>
                """.formatted(css, scriptTag);
    }

    /** The page's origin. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The page's URL: 127.0.0.1, so the service (localhost) is another origin. */
    String url() {
        return origin() + "/partner.html";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
