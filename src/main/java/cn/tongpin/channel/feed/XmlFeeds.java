package cn.tongpin.channel.feed;

import cn.tongpin.channel.ChannelArticle;
import cn.tongpin.channel.ChannelImage;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/** RSS 2.0 and Atom 1.0 through ROME, with self and hub links and each item's syndication policy. */
public final class XmlFeeds {

    /** Our own elements: the syndication policy and source attribution, which neither format has. */
    public static final Namespace TONGPIN = Namespace.getNamespace("tp", "https://tongpin.cn/ns/syndication/1.0");
    static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    private XmlFeeds() {
    }

    public static String rss(Feed feed) {
        return write(feed, "rss_2.0");
    }

    public static String atom(Feed feed) {
        return write(feed, "atom_1.0");
    }

    private static String write(Feed feed, String type) {
        boolean rss = type.startsWith("rss");
        SyndFeed syndFeed = new SyndFeedImpl();
        syndFeed.setFeedType(type);
        syndFeed.setUri(feed.id());
        syndFeed.setTitle(feed.title());
        syndFeed.setDescription(feed.description());
        syndFeed.setLink(feed.homeUrl());
        syndFeed.setLanguage(feed.language());
        syndFeed.setPublishedDate(Date.from(feed.updated().toInstant()));
        if (!rss) {
            // Atom needs an author for entries without a byline: the site stands behind them. RSS has
            // none: its managingEditor must be an e-mail address ("email (name)"), which the site has not.
            SyndPerson site = new SyndPersonImpl();
            site.setName(feed.title());
            site.setUri(feed.homeUrl());
            syndFeed.setAuthors(List.of(site));
        }
        List<SyndLink> links = new ArrayList<>();
        links.add(link("alternate", feed.homeUrl(), "text/html"));
        links.add(link("self", feed.selfUrl(), rss ? "application/rss+xml" : "application/atom+xml"));
        if (feed.hubUrl() != null) {
            links.add(link("hub", feed.hubUrl(), null));
        }
        if (rss) {
            // RSS has no self or hub link of its own: they are atom:link elements, as RSS profiles recommend.
            List<Element> atomLinks = new ArrayList<>();
            for (SyndLink l : links.subList(1, links.size())) {
                Element e = new Element("link", ATOM).setAttribute("rel", l.getRel()).setAttribute("href", l.getHref());
                if (l.getType() != null) {
                    e.setAttribute("type", l.getType());
                }
                atomLinks.add(e);
            }
            syndFeed.setForeignMarkup(atomLinks);
        } else {
            syndFeed.setLinks(links);
        }
        List<SyndEntry> entries = new ArrayList<>();
        for (ChannelArticle a : feed.items()) {
            entries.add(entry(a, rss));
        }
        syndFeed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(syndFeed, false);
        } catch (FeedException e) {
            throw new IllegalStateException("feed could not be written", e);
        }
    }

    private static SyndEntry entry(ChannelArticle a, boolean rss) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri("urn:uuid:" + a.id());
        entry.setTitle(a.title());
        entry.setLink(a.canonicalUrl());
        entry.setPublishedDate(Date.from(a.publishedAt().toInstant()));
        entry.setUpdatedDate(Date.from(a.updatedAt().toInstant()));
        if (a.byline() != null && !a.byline().isBlank()) {
            SyndPerson author = new SyndPersonImpl();
            author.setName(a.byline());
            entry.setAuthors(List.of(author));
            if (rss) {
                entry.setAuthor(a.byline());
            }
        }
        if (a.summary() != null) {
            SyndContent summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(a.summary());
            entry.setDescription(summary);
        }
        SyndContent content = new SyndContentImpl();
        content.setType("html");
        content.setValue(FeedHtml.content(a));
        entry.setContents(List.of(content));
        List<SyndCategory> categories = new ArrayList<>();
        for (ChannelArticle.Term topic : a.topics()) {
            SyndCategory c = new SyndCategoryImpl();
            c.setName(topic.name());
            c.setTaxonomyUri(topic.url());
            categories.add(c);
        }
        entry.setCategories(categories);
        ChannelImage cover = a.cover();
        if (cover != null) {
            SyndEnclosure enclosure = new SyndEnclosureImpl();
            enclosure.setUrl(cover.url());
            enclosure.setType(cover.mimeType());
            enclosure.setLength(cover.bytes());
            entry.setEnclosures(List.of(enclosure));
        }
        String attribution = a.syndication().attribution();
        if (attribution != null && rss) {
            DCModule dc = (DCModule) entry.getModule(DCModule.URI);
            dc.setRights(attribution);
        }
        entry.setForeignMarkup(foreign(a, rss));
        return entry;
    }

    /** The syndication policy and the source, in our namespace (and the RSS source element, which ROME cannot set from an entry). */
    private static List<Element> foreign(ChannelArticle a, boolean rss) {
        List<Element> markup = new ArrayList<>();
        Element policy = new Element("syndication", TONGPIN)
                .setAttribute("republish", Boolean.toString(a.syndication().republish()))
                .setAttribute("edits", Boolean.toString(a.syndication().edits()));
        if (a.syndication().attribution() != null) {
            policy.addContent(new Element("attribution", TONGPIN).setText(a.syndication().attribution()));
        }
        markup.add(policy);
        ChannelArticle.Term source = a.sourceOrganization();
        if (source != null) {
            Element e = new Element("source", TONGPIN).setText(source.name());
            if (source.url() != null) {
                e.setAttribute("url", source.url());
            }
            markup.add(e);
        }
        if (a.sourceUrl() != null) {
            markup.add(new Element("original", TONGPIN).setAttribute("href", a.sourceUrl()));
        }
        if (!rss && a.syndication().attribution() != null) {
            markup.add(new Element("rights", ATOM.getURI()).setText(a.syndication().attribution()));
        }
        return markup;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
