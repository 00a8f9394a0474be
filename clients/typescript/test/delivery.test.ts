import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { allPages, createTongpinClient, TongpinProblem, type TongpinClient } from "../src/index.js";
import { baseUrl, contentKey } from "./service.js";

describe("delivery API through the TypeScript client", () => {
  let client: TongpinClient;

  before(async () => {
    client = createTongpinClient({ baseUrl, key: await contentKey() });
  });

  it("pages through a filtered list to its end, as many items as the count says", async () => {
    const { data: counted } = await client.GET("/content/v1/articles", {
      params: { query: { topic: "dang-jian", count: true, limit: 1 } },
    });
    const total = counted?.meta.total;
    assert.ok(total !== undefined && total !== null && total >= 2, "the demo content has articles on 党建");

    const slugs: string[] = [];
    for await (const article of allPages((cursor) =>
      client.GET("/content/v1/articles", { params: { query: { topic: "dang-jian", limit: 1, cursor } } }))) {
      assert.ok(article.slug, "every article has a slug when fields is not given");
      slugs.push(article.slug);
    }
    assert.equal(slugs.length, total);
    assert.equal(new Set(slugs).size, slugs.length, "no article twice");
  });

  it("expands relations with include and keeps only the fields asked for", async () => {
    const { data } = await client.GET("/content/v1/articles/{idOrSlug}", {
      params: { path: { idOrSlug: "hitech-zone-two-new-party-building" }, query: { include: ["topics"], fields: ["id", "title", "topics"] } },
    });
    assert.ok(data);
    assert.deepEqual(Object.keys(data).sort(), ["id", "title", "topics"]);
    const topic = data.topics?.[0];
    assert.ok(topic, "the article has topics");
    assert.ok("description" in topic && typeof topic.description === "string", "an included topic carries more than a reference");
  });

  it("searches Chinese text", async () => {
    const { data } = await client.GET("/content/v1/search", { params: { query: { q: "党建" } } });
    assert.ok(data && data.data.length > 0);
    assert.ok(data.data.some((hit) => hit.type === "article"));
  });

  it("answers in Traditional Chinese with locale=zh-Hant", async () => {
    const { data, response } = await client.GET("/content/v1/topics/{idOrSlug}", {
      params: { path: { idOrSlug: "jing-ji-fa-zhan" }, query: { locale: "zh-Hant" } },
    });
    assert.equal(response.headers.get("content-language"), "zh-Hant");
    assert.equal(data?.name, "經濟發展");
  });

  it("revalidates a repeated GET with its ETag and still returns the body", async () => {
    const path = { params: { path: { idOrSlug: "dang-jian" } } } as const;
    const first = await client.GET("/content/v1/topics/{idOrSlug}", path);
    const second = await client.GET("/content/v1/topics/{idOrSlug}", path);
    assert.equal(first.response.headers.get("x-tongpin-revalidated"), null);
    assert.equal(second.response.headers.get("x-tongpin-revalidated"), "true", "the service answered 304");
    assert.deepEqual(second.data, first.data);
  });

  it("throws a typed problem for an unknown item", async () => {
    await assert.rejects(
      client.GET("/content/v1/articles/{idOrSlug}", { params: { path: { idOrSlug: "no-such-article-anywhere" } } }),
      (problem: unknown) => problem instanceof TongpinProblem && problem.status === 404 && problem.requestId !== undefined,
    );
  });
});

describe("access through the TypeScript client", () => {
  it("throws a 401 problem without a key", async () => {
    const anonymous = createTongpinClient({ baseUrl });
    await assert.rejects(anonymous.GET("/content/v1/articles"),
      (problem: unknown) => problem instanceof TongpinProblem && problem.status === 401);
  });

  it("throws a 429 problem with Retry-After when the client's rate limit is spent", async () => {
    const limited = createTongpinClient({ baseUrl, key: await contentKey(2), revalidate: false });
    let refused: TongpinProblem | undefined;
    for (let i = 0; i < 50 && !refused; i++) {
      try {
        await limited.GET("/content/v1/topics");
      } catch (problem) {
        if (!(problem instanceof TongpinProblem)) {
          throw problem;
        }
        refused = problem;
      }
    }
    assert.ok(refused, "a client allowed 2 requests a minute is refused within 50");
    assert.equal(refused.status, 429);
    assert.ok(refused.retryAfterSeconds !== undefined && refused.retryAfterSeconds > 0);
  });
});
