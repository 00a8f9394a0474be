package cn.tongpin.web;

import java.io.Serializable;

/**
 * What a problem answer says, whichever layer answers it: its status, its stable code, its title and
 * its detail. The path, the request id and any field errors are added when it is written
 * ({@link ProblemWriter}).
 */
public record ProblemText(int status, String code, String title, String detail) implements Serializable {
}
