package cn.tongpin.meeting;

/** Whether a meeting is shown on the delivery API. */
public enum MeetingStatus {
    draft, published
}
