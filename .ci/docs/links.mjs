// Checks README.md and docs/*.md for what markdownlint does not see:
// - every relative link resolves: the file or folder exists in the repository, and a #fragment names
//   a heading (or an explicit <a id>/<a name>) of the target, slugged as GitHub does (markdownlint's
//   MD051 checks fragments within one file only);
// - every code fence is closed (an unclosed one turns the rest of the file into code);
// - no shell command (curl, ./mvnw) is left in prose, outside a code block.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import GithubSlugger from "github-slugger";
import MarkdownIt from "markdown-it";

const root = resolve(import.meta.dirname, "..", "..");
const md = new MarkdownIt({ html: true });
const files = ["README.md", ...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).sort().map((f) => `docs/${f}`)];

const anchorCache = new Map();

/** The fragments a Markdown file answers to. */
function anchors(path) {
  if (!anchorCache.has(path)) {
    const slugger = new GithubSlugger();
    const tokens = md.parse(readFileSync(path, "utf8"), {});
    const found = new Set();
    tokens.forEach((t, i) => {
      if (t.type === "heading_open") {
        const text = tokens[i + 1].children.filter((c) => c.type === "text" || c.type === "code_inline").map((c) => c.content).join("");
        found.add(slugger.slug(text));
      }
      const html = t.type === "html_block" || t.type === "inline" ? t.content : "";
      for (const m of html.matchAll(/<a\s[^>]*(?:id|name)="([^"]+)"/g)) found.add(m[1]);
    });
    anchorCache.set(path, found);
  }
  return anchorCache.get(path);
}

/** Every link target of a file with its line, code spans and blocks left out as Markdown does. */
function links(file) {
  const out = [];
  const walk = (tokens, line) => {
    for (const t of tokens) {
      const at = t.map ? t.map[0] + 1 : line;
      if (t.type === "link_open" || t.type === "image") {
        out.push({ href: t.attrGet(t.type === "image" ? "src" : "href"), line: at });
      }
      if (t.children) walk(t.children, at);
    }
  };
  walk(md.parse(readFileSync(join(root, file), "utf8"), {}), 1);
  return out;
}

const problems = [];
let checked = 0;
for (const file of files) {
  for (const { href, line } of links(file)) {
    if (!href || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) {
      continue; // https:, mailto:… are not checked here
    }
    checked++;
    const [pathPart, fragment] = href.split("#", 2);
    const target = pathPart === "" ? join(root, file) : resolve(dirname(join(root, file)), decodeURIComponent(pathPart));
    const where = `${file}:${line}`;
    if (!target.startsWith(root + "/") && target !== root) {
      problems.push(`${where}: ${href} leaves the repository`);
    } else if (!existsSync(target)) {
      problems.push(`${where}: ${href}: no such file ${relative(root, target)}`);
    } else if (fragment !== undefined) {
      if (!statSync(target).isFile() || !target.endsWith(".md")) {
        problems.push(`${where}: ${href}: a #fragment on something that is not a Markdown file`);
      } else if (!anchors(target).has(decodeURIComponent(fragment))) {
        problems.push(`${where}: ${href}: no heading #${fragment} in ${relative(root, target)}`);
      }
    }
  }
}
for (const file of files) {
  const text = readFileSync(join(root, file), "utf8");
  const lines = text.split("\n");
  for (const t of md.parse(text, {})) {
    if (t.type === "fence") {
      const closing = lines[t.map[1] - 1] ?? "";
      const fence = t.markup[0];
      if (t.map[1] - t.map[0] < 2 || !new RegExp(`^ {0,3}\\${fence}{${t.markup.length},}\\s*$`).test(closing)) {
        problems.push(`${file}:${t.map[0] + 1}: the code fence opened here is never closed`);
      }
    }
    if (t.type === "inline" && t.map && /(^|\n)\s*(curl|\.\/mvnw) /.test(t.content)) {
      problems.push(`${file}:${t.map[0] + 1}: a shell command in prose; put it in a code block`);
    }
  }
}
for (const p of problems) console.error(p);
console.log(`${checked} relative link(s) checked in ${files.length} file(s), ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
