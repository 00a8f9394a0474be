package cn.tongpin.web.fuzz;

/** The classes of hostile input the walk sends; known failures and the summary are kept per class. */
public enum Kind {
    /** The unchanged request, to see that the operation works at all. */
    BASELINE,
    WRONG_TYPE,
    EMPTY,
    HUGE_NUMBER,
    NEGATIVE,
    TIMESTAMP_RANGE,
    BAD_DATE,
    NUL,
    C0_CONTROL,
    C1_CONTROL,
    NONCHARACTER,
    LONE_SURROGATE,
    INVALID_UTF8,
    COMBINING_MARKS,
    LONG,
    HUGE,
    DEEP_NESTING,
    FORGED_CURSOR,
    SQL_TEXT,
    HTML_TEXT,
    ODD_UNICODE,
    UNKNOWN_PARAMETER,
    UNKNOWN_FIELD,
    DUPLICATE_KEY,
    TRAILING_GARBAGE,
    NOT_JSON,
    WRONG_CONTENT_TYPE,
    EMPTY_BODY,
    NON_OBJECT_BODY
}
