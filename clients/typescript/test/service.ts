import { createTongpinClient, type TongpinClient } from "../src/index.js";

/** The service the tests talk to: TONGPIN_BASE_URL, with TONGPIN_ADMIN_KEY to make the keys they need. */
export const baseUrl = required("TONGPIN_BASE_URL");
const adminKey = required("TONGPIN_ADMIN_KEY");

export const admin: TongpinClient = createTongpinClient({ baseUrl, key: adminKey, revalidate: false });

/** A new client of the service with one content key, as an integrator gets it from an admin. */
export async function contentKey(rateLimitPerMinute?: number): Promise<string> {
  const name = `typescript client test ${Date.now()} ${Math.random().toString(36).slice(2, 8)}`;
  const { data: client } = await admin.POST("/admin/v1/clients", {
    body: { name, kind: "app", ...(rateLimitPerMinute ? { rateLimitPerMinute } : {}) },
  });
  if (!client?.id) {
    throw new Error("no client created");
  }
  const { data: key } = await admin.POST("/admin/v1/clients/{client}/keys", {
    params: { path: { client: client.id } },
    body: { kind: "content", name },
  });
  if (!key?.secret) {
    throw new Error("no key secret in the answer");
  }
  return key.secret;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run the tests through .ci/client-tests.sh, or set it to a running service`);
  }
  return value;
}
