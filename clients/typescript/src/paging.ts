/** What a list operation of the service answers: a page of items and where the next page starts. */
export interface Page<T> {
  data: T[];
  meta: { nextCursor?: string | null };
}

/** What a call through the generated client gives: the page, or an error. */
export interface PageResult<T> {
  data?: Page<T>;
  error?: unknown;
}

/**
 * Every item of a list, page by page, following `meta.nextCursor` until the service says there is
 * no next page (`nextCursor` null or absent). The loop always ends: a cursor the service gives twice
 * is an error, not a second lap.
 *
 * ```ts
 * for await (const article of allPages((cursor) =>
 *     client.GET("/content/v1/articles", { params: { query: { limit: 100, cursor } } }))) {
 *   console.log(article.title);
 * }
 * ```
 */
export async function* allPages<T>(fetchPage: (cursor: string | undefined) => Promise<PageResult<T>>): AsyncGenerator<T> {
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (;;) {
    const result = await fetchPage(cursor);
    if (!result.data) {
      throw result.error instanceof Error ? result.error : new Error("the list answered no page");
    }
    yield* result.data.data;
    const next = result.data.meta.nextCursor;
    if (next === null || next === undefined || next === "") {
      return;
    }
    if (seen.has(next)) {
      throw new Error(`the service gave the cursor ${next} twice`);
    }
    seen.add(next);
    cursor = next;
  }
}
