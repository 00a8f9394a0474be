package cn.tongpin.support.contract;

/**
 * One way an answer differs from the document: which operation and status, where in the body (a
 * JSON pointer, or the header, or "-"), and what is wrong.
 */
record Violation(String operation, String status, String where, String message) {

    /**
     * The line of target/contract-violations.txt, without the test that saw it: array indexes are
     * written as a star (/data/0/title and /data/1/title are one line), so that one mistake is one line however many items repeat it.
     */
    String line() {
        return operation + " | " + status + " | " + where.replaceAll("/\\d+(?=/|$)", "/*") + " | " + message;
    }
}
