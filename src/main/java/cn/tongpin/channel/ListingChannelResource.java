package cn.tongpin.channel;

import jakarta.inject.Inject;

/** A channel resource that lists published content (feeds, the widget's stories, the sitemap). */
public abstract class ListingChannelResource extends ChannelResource {

    @Inject
    protected ChannelContent content;
}
