#!/usr/bin/env bash
# Runs every shell example of README.md and docs/*.md against the packaged service (started by
# .ci/with-packaged-service.sh: a fresh database, the demo content, a known admin key), with a
# content key made through the management API.
# The example convention is in docs/design.md ("Examples in the docs") and in examples.mjs.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ -z "${TONGPIN_BASE_URL:-}" ]; then
  exec .ci/with-packaged-service.sh .ci/docs/examples.sh
fi
command -v jq >/dev/null || { echo "jq is needed to run the documentation examples" >&2; exit 2; }
[ -d .ci/docs/node_modules ] || (cd .ci/docs && npm ci --no-audit --no-fund)

base=$TONGPIN_BASE_URL
admin_key=$TONGPIN_ADMIN_KEY
client=$(curl -sS -f -X POST "$base/admin/v1/clients" -H "Authorization: Bearer $admin_key" \
  -H 'Content-Type: application/json' -d '{"name":"Documentation examples","kind":"internal"}' | jq -r .id)
content_key=$(curl -sS -f -X POST "$base/admin/v1/clients/$client/keys" -H "Authorization: Bearer $admin_key" \
  -H 'Content-Type: application/json' -d '{"kind":"content","name":"documentation examples"}' | jq -r .secret)

TONGPIN_KEY="$admin_key" CONTENT_KEY="$content_key" node .ci/docs/examples.mjs
