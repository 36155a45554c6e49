// Writes www/locales.js from locales/*.json (run by `make build`; `--check` only compares, for
// `make lint`): the English words the JavaScript shows before the WebAssembly runs (the "js.*"
// keys: the loading line and the failure panels), and one `new URL("../locales/<tag>.json",
// import.meta.url)` per language pack. Literal URLs, one per pack, are what every bundler
// understands: Vite and webpack 5 (so Next.js) emit each file and rewrite its address, esbuild
// leaves them relative to the bundle (copy locales/ next to it), a plain <script type="module">
// fetches them from beside the package. A page downloads only the pack of the language it shows.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const repo = new URL("../..", import.meta.url).pathname;
const target = join(repo, "www/locales.js");
const english = JSON.parse(readFileSync(join(repo, "locales/en.json"), "utf8"));
const tags = readdirSync(join(repo, "locales"))
  .filter((f) => f.endsWith(".json") && f !== "en.json")
  .map((f) => f.slice(0, -".json".length))
  .sort();
for (const tag of tags) {
  if (!/^[a-z]{2,3}$/.test(tag)) {
    console.error(`locales/${tag}.json: name packs by their primary language subtag (he.json, pt.json)`);
    process.exit(1);
  }
}
const words = Object.fromEntries(Object.entries(english.strings).filter(([key]) => key.startsWith("js.")));

const text = `// Generated from locales/*.json by www/tools/locales.mjs (make build): do not edit; edit the
// JSON files and run \`node www/tools/locales.mjs\`.

/** The English words of the JavaScript side ("js.*" in locales/en.json), shown when no pack is loaded. */
export const ENGLISH = ${JSON.stringify(words, null, 2)};

/** Where each language pack is, by primary language subtag (English is compiled into the program). */
export const PACKS = {
${tags.map((tag) => `  ${tag}: new URL("../locales/${tag}.json", import.meta.url),`).join("\n")}
};
`;

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {
    // Missing counts as stale.
  }
  if (current !== text) {
    console.error("www/locales.js is out of date with locales/*.json: run node www/tools/locales.mjs");
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
