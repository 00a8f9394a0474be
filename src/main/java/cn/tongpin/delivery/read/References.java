package cn.tongpin.delivery.read;

import cn.tongpin.organization.Organization;
import cn.tongpin.topic.Topic;
import cn.tongpin.web.ProblemException;
import java.util.UUID;

/** Filters name related items by id or slug; one that names nothing is a 400 naming the parameter. */
public final class References {

    private References() {
    }

    public static UUID organization(String idOrSlug, String parameter) {
        return Organization.findByIdOrSlug(idOrSlug).map(o -> o.id)
                .orElseThrow(() -> ProblemException.badParameter(parameter, "no organization with this id or slug"));
    }

    public static UUID topic(String idOrSlug, String parameter) {
        return Topic.findByIdOrSlug(idOrSlug).map(t -> t.id)
                .orElseThrow(() -> ProblemException.badParameter(parameter, "no topic with this id or slug"));
    }
}
