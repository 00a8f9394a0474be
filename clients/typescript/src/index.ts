import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema.js";
import { TongpinProblem } from "./problem.js";
import { Revalidation } from "./revalidation.js";

export type { components, paths } from "./schema.js";
export { TongpinProblem, type FieldProblem } from "./problem.js";
export { allPages, type Page, type PageResult } from "./paging.js";

/** The service's schemas by name, e.g. `Schemas["DeliveredArticle"]`. */
export type Schemas = components["schemas"];

export interface TongpinClientOptions {
  /** Where the service answers, e.g. `https://content.example.cn` or `http://localhost:8080`. */
  baseUrl: string;
  /** A key: a content key for `/content/v1`, an admin or editor key for `/admin/v1`. */
  key?: string;
  /** Keep answers and revalidate them with If-None-Match (default true). */
  revalidate?: boolean;
  /** A fetch of your own (tests, proxies); the global fetch by default. */
  fetch?: typeof globalThis.fetch;
}

export type TongpinClient = Client<paths>;

/**
 * A typed client for every operation of the service. Failed answers are thrown as
 * {@link TongpinProblem}; GETs are revalidated with their ETag unless `revalidate` is false.
 *
 * ```ts
 * const client = createTongpinClient({ baseUrl: "http://localhost:8080", key: process.env.TONGPIN_KEY });
 * const { data } = await client.GET("/content/v1/articles", { params: { query: { limit: 5 } } });
 * ```
 */
export function createTongpinClient(options: TongpinClientOptions): TongpinClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    // Lists such as include=topics,meeting and fields=id,title are comma-separated, as the service reads them.
    querySerializer: { array: { style: "form", explode: false } },
  });
  if (options.key) {
    client.use(bearer(options.key));
  }
  if (options.revalidate !== false) {
    client.use(new Revalidation().middleware);
  }
  client.use(problems);
  return client;
}

function bearer(key: string): Middleware {
  return {
    onRequest: ({ request }) => {
      request.headers.set("authorization", `Bearer ${key}`);
      return request;
    },
  };
}

/** Every answer that is neither a success nor a 304 becomes a thrown problem. */
const problems: Middleware = {
  onResponse: async ({ response }) => {
    if (!response.ok && response.status !== 304) {
      throw await TongpinProblem.from(response);
    }
    return undefined;
  },
};
