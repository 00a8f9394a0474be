package cn.tongpin.meeting;

/** The part a person played in a meeting. */
public enum AttendeeRole {
    led_delegation, host, speaker, attendee
}
