// Runs the shell examples of README.md and docs/*.md against a running service and checks the HTTP
// status each one declares. .ci/docs/examples.sh starts the packaged service and calls this with
// TONGPIN_BASE_URL, TONGPIN_KEY (an admin key) and CONTENT_KEY (a content key) in the environment.
//
// The convention (docs/design.md, "Examples in the docs"):
// - ```sh (or bash, shell) blocks are run; every other fence (console, text, json, html…) is not.
// - A ```sh block whose first line is "# not run: <reason>" is not run, and the reason is listed.
// - Every curl command ends with a status mark, "# → 200" (or "# -> 200"), at the end of the
//   command's last line; each curl it ran must answer that status. A curl without a mark fails.
// - The blocks of one file run in order in one bash shell (set -euo pipefail), so a variable set in
//   one block is known in the next, as in a reader's terminal; each file starts afresh, in an empty
//   temporary folder. http://localhost:8080 is replaced with the service's address.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import MarkdownIt from "markdown-it";

const RUN = new Set(["sh", "bash", "shell"]);
const NOT_RUN = /^#\s*not run:\s*(\S.*)$/;
const MARK = /#\s*(?:→|->)\s*([1-5]\d\d)\s*$/;

const root = resolve(import.meta.dirname, "..", "..");
const base = required("TONGPIN_BASE_URL").replace(/\/$/, "");
required("TONGPIN_KEY");
required("CONTENT_KEY");

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set: run .ci/docs/examples.sh, which starts the service`);
    process.exit(2);
  }
  return value;
}

function markdownFiles() {
  const docs = readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).sort();
  return ["README.md", ...docs.map((f) => `docs/${f}`)];
}

/** The fenced blocks of a file, with the line (1-based) their first content line is on. */
function blocks(file) {
  const tokens = new MarkdownIt().parse(readFileSync(join(root, file), "utf8"), {});
  return tokens
    .filter((t) => t.type === "fence")
    .map((t) => ({
      lang: t.info.trim().split(/\s+/)[0].toLowerCase(),
      line: t.map[0] + 2,
      text: t.content,
    }));
}

const quote = (s) => `'${s.replaceAll("'", `'\\''`)}'`;

// Helpers the file's script starts with. The curl function wraps the real one: it dumps the response
// headers to a file of its own (so examples may use -i, -I, -o and -w freely, but not -D) and appends
// the final status to the list the next mark checks.
const PRELUDE = String.raw`
set -euo pipefail
__tp_statuses=$(mktemp)
__tp_where=
curl() {
  local headers rc=0 status
  headers=$(mktemp)
  command curl -D "$headers" "$@" || rc=$?
  status=$(tr -d '\r' < "$headers" | awk '/^HTTP\//{s=$2} END{print s}')
  rm -f "$headers"
  [ -n "$status" ] || status=none
  printf '%s\n' "$status" >> "$__tp_statuses"
  return $rc
}
__tp_fail() {
  printf '\n✗ %s: %s\n' "$__tp_where" "$1" >&2
  printf 'failed %s %s\n' "$__tp_where" "$1" >> "$TP_RESULTS"
  exit 1
}
__tp_block() {
  __tp_where=$1
  : > "$__tp_statuses"
  printf '\n── %s\n' "$1"
}
__tp_show() {
  printf '$ %s\n' "$1"
}
__tp_check() {
  local expected=$1 seen
  __tp_where=$2
  seen=$(paste -sd ' ' "$__tp_statuses")
  : > "$__tp_statuses"
  [ -n "$seen" ] || __tp_fail "marked # → $expected, but no curl ran"
  for s in $seen; do
    [ "$s" = "$expected" ] || __tp_fail "expected $expected, got $seen"
  done
  printf '  ✓ %s\n' "$expected"
}
__tp_block_end() {
  [ ! -s "$__tp_statuses" ] || __tp_fail "a curl without a status mark (end the command with # → <status>)"
  printf 'ok %s\n' "$__tp_where" >> "$TP_RESULTS"
}
trap '[ $? -eq 0 ] || [ -z "$__tp_where" ] || grep -q "^failed $__tp_where " "$TP_RESULTS" || printf "failed %s a command failed\n" "$__tp_where" >> "$TP_RESULTS"' EXIT
`;

/** One bash script for all the runnable blocks of a file. */
function script(file, runnable) {
  const lines = [PRELUDE];
  for (const block of runnable) {
    const where = `${file}:${block.line}`;
    lines.push(`__tp_block ${quote(where)}`);
    const body = block.text.replaceAll("http://localhost:8080", base).replaceAll("localhost:8080", base.replace(/^https?:\/\//, ""));
    const physical = body.replace(/\n$/, "").split("\n");
    // A command is its physical lines up to one that ends it (no backslash, quote or pipe left open).
    let command = [];
    physical.forEach((line, i) => {
      command.push(line);
      if (continues(command.join("\n"))) {
        return;
      }
      if (!/^\s*(#|$)/.test(command[0])) {
        lines.push(`__tp_show ${quote(command.join("\n"))}`);
      }
      lines.push(...command);
      const mark = line.match(MARK);
      if (mark) {
        lines.push(`__tp_check ${mark[1]} ${quote(`${file}:${block.line + i}`)}`);
      }
      command = [];
    });
    lines.push(...command);
    lines.push(`__tp_where=${quote(where)}`, "__tp_block_end");
  }
  return lines.join("\n") + "\n";
}

const summary = { ok: [], failed: [], skipped: [], notReached: [] };
for (const file of markdownFiles()) {
  const fenced = blocks(file);
  const runnable = [];
  for (const block of fenced.filter((b) => RUN.has(b.lang))) {
    const reason = block.text.split("\n")[0].match(NOT_RUN);
    if (reason) {
      summary.skipped.push(`${file}:${block.line} (${reason[1]})`);
    } else {
      runnable.push(block);
    }
  }
  if (runnable.length === 0) {
    continue;
  }
  console.log(`\n=== ${file}: ${runnable.length} example block(s)`);
  const work = mkdtempSync(join(tmpdir(), "tongpin-doc-example-"));
  const results = join(work, ".results");
  writeFileSync(results, "");
  try {
    const run = spawnSync("bash", ["-c", script(file, runnable)], {
      cwd: work,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, TP_RESULTS: results },
      timeout: 300_000,
    });
    const lines = readFileSync(results, "utf8").split("\n").filter(Boolean);
    for (const block of runnable) {
      const where = `${file}:${block.line}`;
      const failed = lines.map((l) => l.match(/^failed (\S+) (.*)$/)).find((m) => m && within(file, block, m[1]));
      if (lines.includes(`ok ${where}`)) summary.ok.push(where);
      else if (failed) summary.failed.push(`${failed[1]}: ${failed[2]}`);
      else summary.notReached.push(where);
    }
    if (run.status !== 0 && !summary.failed.some((f) => f.startsWith(`${file}:`))) {
      summary.failed.push(`${file}: the examples' shell ended with ${run.status ?? run.signal}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Whether a command goes on to the next line: a trailing backslash, pipe or &&, or an open quote. */
function continues(text) {
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = null;
    } else if (quote === '"') {
      if (c === "\\") i++;
      else if (c === '"') quote = null;
    } else if (c === "\\") {
      i++;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]))) {
      const end = text.indexOf("\n", i);
      if (end < 0) break;
      i = end;
    }
  }
  return quote !== null || /(\\|\||&&)\s*$/.test(text.replace(/\s+#[^'"\n]*$/, ""));
}

/** Whether a "file:line" position lies within a block. */
function within(file, block, where) {
  if (!where.startsWith(`${file}:`)) return false;
  const line = Number(where.slice(file.length + 1));
  return line >= block.line && line < block.line + block.text.split("\n").length;
}

console.log("\n=== Documentation examples");
console.log(`${summary.ok.length} block(s) passed`);
for (const s of summary.skipped) console.log(`not run: ${s}`);
for (const s of summary.notReached) console.log(`not reached (an earlier block of the file failed): ${s}`);
for (const s of summary.failed) console.log(`FAILED: ${s}`);
if (summary.ok.length === 0) {
  console.log("FAILED: no example ran");
  process.exit(1);
}
process.exit(summary.failed.length + summary.notReached.length > 0 ? 1 : 0);
