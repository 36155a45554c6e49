// What a reader downloads, gzip -9 per file as a server sends it: the iframe embed page
// (www/embed.html: its CSS, the minified JS in pkg/ and the .wasm) and the npm package's one-tag
// page (<script type="module" src=".../element.js"> + <case-timeline>). Prints the breakdown and
// fails (exit 1) when the embed page exceeds its budget. Run by `make build`.
//   node www/tools/size.mjs [--budget BYTES] [--json]
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const repo = new URL("../..", import.meta.url).pathname;
const argv = process.argv.slice(2);
const budget = Number(argv[argv.indexOf("--budget") + 1] || 0) || null;

export const PAGE_FILES = ["pkg/element.js", "pkg/index.js", "pkg/failure.js", "pkg/language.js", "pkg/locales.js", "pkg/case-timeline.css.js", "pkg/case_timeline.js", "pkg/case_timeline_bg.wasm"];
export const EMBED_FILES = ["www/embed.css", "pkg/embed.js", ...PAGE_FILES];

export function measure(files) {
  const rows = files.map((file) => {
    const path = join(repo, file);
    if (!existsSync(path)) throw new Error(`${file} is missing (run make build)`);
    const bytes = readFileSync(path);
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { rows, raw: rows.reduce((a, r) => a + r.raw, 0), gzip: rows.reduce((a, r) => a + r.gzip, 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const embed = measure(EMBED_FILES);
  const page = measure(PAGE_FILES);
  if (argv.includes("--json")) {
    console.log(JSON.stringify({ embed, page }, null, 1));
  } else {
    const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
    console.log("What a reader downloads (gzip -9 per file):");
    for (const r of embed.rows) console.log(`  ${r.file.padEnd(28)} ${kb(r.gzip).padStart(9)}  (${kb(r.raw)} raw)`);
    console.log(`  ${"NSO embed page (embed.html)".padEnd(28)} ${kb(embed.gzip).padStart(9)}${budget ? `  budget ${kb(budget)}` : ""}`);
    console.log(`  ${"one-tag page (npm package)".padEnd(28)} ${kb(page.gzip).padStart(9)}`);
  }
  if (budget && embed.gzip > budget) {
    console.error(`size: the embed page is ${embed.gzip} bytes gzip, over its budget of ${budget}: find what grew (twiggy top on a build with names) before raising the budget`);
    process.exit(1);
  }
}
