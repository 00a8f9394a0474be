"""Webhook benchmark driver (bench/webhooks.sh starts the service and runs this).

A receiver on 127.0.0.1 verifies every message by the Standard Webhooks algorithm and records when
it came. Then: (1) latency: drafts are published one at a time and the time from the publish
request to the message's arrival is taken (an upper bound of commit-to-receiver); (2) throughput:
N drafts are published by parallel callers and the messages per second are counted from the first
publish to the last message; every webhook-id must come, and no article twice.
"""
import base64, hashlib, hmac, json, statistics, sys, threading, time, urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BASE, KEY = sys.argv[1], sys.argv[2]
LATENCY_RUNS, CHANGES, CALLERS = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
received, lock, secret, down = [], threading.Lock(), [None], [False]
bad_signatures = [0]


class Receiver(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        at = time.time()
        if down[0]:
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        wid, ts = self.headers["webhook-id"], self.headers["webhook-timestamp"]
        key = base64.b64decode(secret[0][len("whsec_"):])
        expected = base64.b64encode(hmac.new(key, f"{wid}.{ts}.".encode() + body, hashlib.sha256).digest()).decode()
        ok = any(p == "v1," + expected for p in self.headers["webhook-signature"].split(" "))
        with lock:
            if not ok:
                bad_signatures[0] += 1
            received.append((wid, json.loads(body), at))
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def api(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    headers = {"Authorization": "Bearer " + KEY}
    if data is not None:
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(BASE + path, data=data, method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=60) as answer:
        text = answer.read()
        return json.loads(text) if text else None


def draft(i):
    return api("POST", "/admin/v1/articles", {"title": f"基准文章 {i} {time.time_ns()}", "bodyFormat": "markdown",
                                              "body": "正文" * 50})["id"]


def published_ids():
    with lock:
        return {m["data"]["id"] for _, m, _ in received if m["type"] == "article.published"}


def wait_for(ids, limit=600):
    deadline = time.time() + limit
    while time.time() < deadline and not ids <= published_ids():
        time.sleep(0.01)


server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
threading.Thread(target=server.serve_forever, daemon=True).start()
subscription = api("POST", "/admin/v1/webhooks", {"url": f"http://127.0.0.1:{server.server_port}/hook",
                                                  "eventTypes": ["article.published", "article.updated"]})
secret[0] = subscription["secret"]

# 1. Latency, one publish at a time.
latencies = []
for i in range(LATENCY_RUNS):
    article = draft(i)
    start = time.time()
    api("POST", f"/admin/v1/articles/{article}/publish")
    wait_for({article}, 30)
    arrived = [at for _, m, at in received if m["type"] == "article.published" and m["data"]["id"] == article]
    latencies.append((arrived[0] - start) * 1000 if arrived else float("inf"))

# 2. Throughput: CHANGES publishes from CALLERS parallel callers.
with ThreadPoolExecutor(CALLERS) as pool:
    drafts = list(pool.map(draft, range(CHANGES)))
with lock:
    before = len(received)
start = time.time()
with ThreadPoolExecutor(CALLERS) as pool:
    list(pool.map(lambda a: api("POST", f"/admin/v1/articles/{a}/publish"), drafts))
published_at = time.time()
wait_for(set(drafts))
with lock:
    batch = received[before:]
last = max(at for _, _, at in batch) if batch else start
ids = [wid for wid, _, _ in batch]
articles = [m["data"]["id"] for _, m, _ in batch if m["type"] == "article.published"]
lost = len(set(drafts) - set(articles))
duplicated_ids = len(ids) - len(set(ids))
doubled_articles = len(articles) - len(set(articles))
# 3. Draining a backlog: CHANGES publishes fail while the receiver is down (one retry, then dead), then
# all are redelivered at once; messages per second from the redelivery to the last message.
down[0] = True
with ThreadPoolExecutor(CALLERS) as pool:
    backlog = list(pool.map(draft, range(CHANGES)))
    list(pool.map(lambda a: api("POST", f"/admin/v1/articles/{a}/publish"), backlog))
sid = subscription["id"]
deadline = time.time() + 300
while time.time() < deadline and api("GET", f"/admin/v1/webhooks/{sid}/deliveries?status=pending&limit=1")["data"]:
    time.sleep(0.2)
with lock:
    before_drain = len(received)
down[0] = False
drain_start = time.time()
redelivered = api("POST", f"/admin/v1/webhooks/{sid}/redeliver")["redelivered"]
wait_for(set(backlog))
with lock:
    drained = received[before_drain:]
drain_end = max(at for _, _, at in drained) if drained else drain_start
drained_articles = [m["data"]["id"] for _, m, _ in drained if m["type"] == "article.published"]

latencies.sort()
p = lambda q: latencies[min(len(latencies) - 1, int(round(q * (len(latencies) - 1))))]
print(json.dumps({
    "latency_runs": LATENCY_RUNS, "latency_p50_ms": round(p(0.5), 1), "latency_p99_ms": round(p(0.99), 1),
    "latency_max_ms": round(latencies[-1], 1), "changes": CHANGES, "callers": CALLERS,
    "publish_seconds": round(published_at - start, 2), "delivery_seconds": round(last - start, 2),
    "deliveries_per_second": round(len(batch) / max(0.001, last - start), 1),
    "lost": lost, "duplicated_webhook_ids": duplicated_ids, "articles_delivered_twice": doubled_articles,
    "backlog_redelivered": redelivered, "backlog_seconds": round(drain_end - drain_start, 2),
    "backlog_deliveries_per_second": round(len(drained) / max(0.001, drain_end - drain_start), 1),
    "backlog_lost": len(set(backlog) - set(drained_articles)),
    "backlog_duplicated_webhook_ids": len(drained) - len({w for w, _, _ in drained}),
    "bad_signatures": bad_signatures[0]}, indent=2))
server.shutdown()
