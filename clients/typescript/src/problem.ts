/** One invalid field of a 400 answer. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * An RFC 9457 problem answer (application/problem+json) raised as an exception: every 4xx and 5xx
 * the service gives reaches the caller as one of these, never as an untyped body.
 */
export class TongpinProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  /** Stable machine-readable reason, e.g. `validation`, `not-found`, `rate-limited`. */
  readonly code: string | undefined;
  readonly instance: string | undefined;
  /** The request id, also in the X-Request-Id header and the service's log line. */
  readonly requestId: string | undefined;
  readonly errors: FieldProblem[];
  /** Seconds to wait before trying again (429 and 503), from Retry-After. */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, body: Record<string, unknown>, headers: Headers) {
    const title = typeof body.title === "string" ? body.title : `HTTP ${status}`;
    const detail = typeof body.detail === "string" ? body.detail : undefined;
    super(detail ? `${status} ${title}: ${detail}` : `${status} ${title}`);
    this.name = "TongpinProblem";
    this.status = status;
    this.type = typeof body.type === "string" ? body.type : "about:blank";
    this.title = title;
    this.detail = detail;
    this.code = typeof body.code === "string" ? body.code : undefined;
    this.instance = typeof body.instance === "string" ? body.instance : undefined;
    this.requestId = typeof body.requestId === "string" ? body.requestId : headers.get("x-request-id") ?? undefined;
    this.errors = Array.isArray(body.errors) ? (body.errors as FieldProblem[]) : [];
    this.retryAfterSeconds = parseRetryAfter(headers.get("retry-after"));
  }

  /** Reads a failed answer into a problem; a body that is not JSON still gives status and title. */
  static async from(response: Response): Promise<TongpinProblem> {
    let body: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(await response.text());
      if (parsed && typeof parsed === "object") {
        body = parsed as Record<string, unknown>;
      }
    } catch {
      // not JSON: keep the status
    }
    return new TongpinProblem(response.status, body, response.headers);
  }
}

function parseRetryAfter(value: string | null): number | undefined {
  if (value === null) {
    return undefined;
  }
  const seconds = Number(value);
  if (Number.isFinite(seconds)) {
    return Math.max(0, seconds);
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
