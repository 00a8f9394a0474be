package cn.tongpin.client;

/** The channel or partner a client is. Constants are spelt as they appear in JSON and SQL. */
public enum ClientKind {
    website, mini_program, app, wechat, partner, internal
}
