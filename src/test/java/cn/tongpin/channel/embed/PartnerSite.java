package cn.tongpin.channel.embed;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A partner's page on another origin, with CSS that would wreck any widget it could reach. */
final class PartnerSite implements AutoCloseable {

    static final String HOSTILE_CSS = """
            li, a, h2, h3, p, img, ul, time, section, article { display: none !important; font-size: 1px !important;
              color: transparent !important; visibility: hidden !important; }
            * { font-family: "Comic Sans MS" !important; }
            """;

    private final HttpServer server;
    private volatile String page = "";

    PartnerSite(String scriptTag) throws IOException {
        this();
        serve(scriptTag);
    }

    PartnerSite() throws IOException {
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
    }

    /** Serves the page with this script tag from now on. */
    void serve(String scriptTag) {
        page = """
                <!doctype html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>合作伙伴网站</title><style>%s</style></head>
                <body><h1>合作伙伴网站</h1><p>页面正文</p>
                %s
                <p><a href="#after" id="after">页面后面的链接</a></p></body></html>
                """.formatted(HOSTILE_CSS, scriptTag);
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
