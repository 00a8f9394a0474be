package cn.tongpin.meeting;

/** What kind of meeting it was. Constants are spelt as they appear in JSON and SQL. */
public enum MeetingKind {
    symposium, working_meeting, visit, forum, signing, other
}
