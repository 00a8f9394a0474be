package cn.tongpin.meeting;

import cn.tongpin.listing.Filter;
import cn.tongpin.web.QueryParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The typed filters of the meeting list: the state, and what every meeting list filters by. */
public class MeetingFilter {

    @QueryParam("status")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only meetings in this state.", schema = @Schema(implementation = MeetingStatus.class))
    public String status;

    @BeanParam
    public MeetingCriteria criteria;

    Filter toFilter() {
        MeetingStatus chosenStatus = QueryParams.enumeration(MeetingStatus.class, status, "status");
        Filter filter = new Filter();
        if (chosenStatus != null) {
            filter.where("e.status = :status", "status", chosenStatus);
        }
        return criteria.applyTo(filter);
    }
}
