package cn.tongpin.channel.feed;

import cn.tongpin.channel.ChannelArticle;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One feed to write, whatever its format.
 *
 * @param id        stable identity of the feed (Atom id), e.g. {@code urn:tongpin:feed:topic:{uuid}}
 * @param selfUrl   this feed's own absolute URL (rel=self), in the format being written
 * @param homeUrl   the page the feed stands for (its canonical URL)
 * @param hubUrl    the WebSub hub, or null
 * @param updated   the latest change of any item (or now when there are none)
 */
public record Feed(String id, String title, String description, String selfUrl, String homeUrl, String hubUrl,
        String language, OffsetDateTime updated, List<ChannelArticle> items) {
}
