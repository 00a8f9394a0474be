package cn.tongpin.change;

/** The content types whose changes are announced; on the wire in lower case ("article", ...). */
public enum ContentType {
    ARTICLE, MEETING, ORGANIZATION, PARTICIPANT, TOPIC
}
