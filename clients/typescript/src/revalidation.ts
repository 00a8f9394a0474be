import type { Middleware } from "openapi-fetch";

interface Kept {
  etag: string;
  body: string;
  status: number;
  headers: [string, string][];
}

/**
 * Conditional GETs: the last answer of each URL is kept with its ETag and sent back as
 * If-None-Match; a 304 is answered from what was kept, so callers always see a full 200 body while
 * the service sends only headers. Bounded: the least recently used URL goes first.
 */
export class Revalidation {
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly maxEntries = 500) {}

  readonly middleware: Middleware = {
    onRequest: ({ request }) => {
      if (request.method !== "GET" || request.headers.has("if-none-match")) {
        return undefined;
      }
      const kept = this.kept.get(keyOf(request));
      if (!kept) {
        return undefined;
      }
      const headers = new Headers(request.headers);
      headers.set("if-none-match", kept.etag);
      return new Request(request, { headers });
    },
    onResponse: async ({ request, response }) => {
      if (request.method !== "GET") {
        return undefined;
      }
      const key = keyOf(request);
      if (response.status === 304) {
        const kept = this.kept.get(key);
        if (!kept) {
          return undefined;
        }
        this.kept.delete(key);
        this.kept.set(key, kept);
        const headers = new Headers(kept.headers);
        headers.set("x-tongpin-revalidated", "true");
        return new Response(kept.body, { status: kept.status, headers });
      }
      const etag = response.headers.get("etag");
      if (response.status === 200 && etag) {
        this.remember(key, { etag, body: await response.clone().text(), status: 200, headers: [...response.headers] });
      }
      return undefined;
    },
  };

  private remember(key: string, kept: Kept): void {
    this.kept.delete(key);
    this.kept.set(key, kept);
    while (this.kept.size > this.maxEntries) {
      const oldest = this.kept.keys().next();
      if (oldest.done) {
        break;
      }
      this.kept.delete(oldest.value);
    }
  }
}

/** Answers differ by URL and by the language and key asked with; the cache does too. */
function keyOf(request: Request): string {
  return [request.url, request.headers.get("accept-language") ?? "", request.headers.get("authorization") ?? ""].join("\n");
}
