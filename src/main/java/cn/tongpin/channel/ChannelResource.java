package cn.tongpin.channel;

import jakarta.inject.Inject;

/**
 * What every channel resource (feeds, the widget's stories, the sitemap, the per-article channels)
 * answers with: the channels' settings, and their one way of answering ({@link ChannelResponses}).
 * The ones that list content extend {@link ListingChannelResource}.
 */
public abstract class ChannelResource {

    @Inject
    protected ChannelConfig config;

    @Inject
    protected ChannelResponses responses;
}
