// Assembles the npm package in target/npm/package/ from pkg/ (make build) and www/, then packs it
// into target/npm/case-timeline-<version>.tgz. Run by `make pack`.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const repo = new URL("../..", import.meta.url).pathname;
const out = join(repo, "target/npm");
const dir = join(out, "package");
const fail = (message) => {
  console.error(`pack: ${message}`);
  process.exit(1);
};

const cargo = readFileSync(join(repo, "Cargo.toml"), "utf8");
const section = cargo.split(/^\[/m).find((s) => s.startsWith("package]")) ?? "";
const field = (name) => (new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, "m").exec(section) || [])[1];
const version = field("version");
if (!version) fail("no version in Cargo.toml [package]");

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
for (const old of readdirSync(out)) if (/^case-timeline-.*\.tgz$/.test(old)) rmSync(join(out, old));

const copy = (from, to = from.split("/").pop()) => {
  if (!existsSync(join(repo, from))) fail(`${from} is missing (run make build first)`);
  copyFileSync(join(repo, from), join(dir, to));
};
for (const f of ["case_timeline.js", "case_timeline.d.ts", "case_timeline_bg.wasm", "case_timeline_bg.wasm.d.ts"]) copy(`pkg/${f}`);
for (const f of ["case-timeline.css", "case.schema.json", "element.js", "element.d.ts", "failure.js", "language.js"]) copy(`www/${f}`);
// The language packs, fetched one at a time by the language a case is in (www/locales.js names
// them with `new URL("./locales/<tag>.json", import.meta.url)`, so bundlers emit them all and a
// page downloads one). English is compiled into the .wasm.
mkdirSync(join(dir, "locales"));
const packs = readdirSync(join(repo, "locales")).filter((f) => f.endsWith(".json") && f !== "en.json");
if (packs.length === 0) fail("locales/: no language packs");
for (const f of packs) copy(`locales/${f}`, `locales/${f}`);
const table = readFileSync(join(repo, "www/locales.js"), "utf8");
const tableFlat = table.replaceAll('"../locales/', '"./locales/');
for (const f of packs) if (!tableFlat.includes(`new URL("./locales/${f}", import.meta.url)`)) fail(`www/locales.js does not name locales/${f}: run node www/tools/locales.mjs`);
writeFileSync(join(dir, "locales.js"), tableFlat);
copy("README.md");
copy("LICENSE");

// In the repository the entry imports ../pkg/; in the package everything sits side by side.
const entry = readFileSync(join(repo, "www/index.js"), "utf8");
const flat = entry.replaceAll('"../pkg/', '"./');
if (flat === entry || flat.includes('"../')) fail("www/index.js: unexpected relative paths");
writeFileSync(join(dir, "index.js"), flat);
// index.d.ts: wasm-bindgen's declarations (from the Rust docs, the one description of the API),
// without its init functions and [Symbol.dispose], then the JavaScript-only part from www/.
const generated = readFileSync(join(repo, "pkg/case_timeline.d.ts"), "utf8");
const cut = generated.indexOf("export type InitInput");
if (cut < 0 || !generated.includes("export class CaseTimeline")) fail("pkg/case_timeline.d.ts: unexpected shape");
const api = generated.slice(0, cut).replace(/^\s*\[Symbol\.dispose\]\(\): void;\n/m, "").replace(/^\/\* (tslint|eslint)[^\n]*\n/gm, "")
  // wasm-bindgen cannot mark a parameter of a custom type optional: the options of mount are.
  .replace("options: MountOptions)", "options?: MountOptions)");
writeFileSync(join(dir, "index.d.ts"), `${readFileSync(join(repo, "www/index.d.ts"), "utf8")}\n// From wasm-bindgen (src/web/mod.rs):\n${api.trim()}\n`);
for (const f of ["element.js", "element.d.ts", "index.d.ts", "failure.js", "language.js", "locales.js"]) {
  if (readFileSync(join(dir, f), "utf8").includes("\"../")) fail(`www/${f} must only import files next to it`);
}

const files = ["index.js", "index.d.ts", "element.js", "element.d.ts", "failure.js", "language.js", "locales.js", "locales",
  "case_timeline.js", "case_timeline.d.ts", "case_timeline_bg.wasm", "case_timeline_bg.wasm.d.ts", "case-timeline.css", "case.schema.json",
  "README.md", "LICENSE"];
const manifest = {
  name: "case-timeline",
  version,
  description: field("description"),
  license: field("license") ?? "MIT OR Apache-2.0",
  keywords: ["timeline", "court", "journalism", "wasm", "custom-element", "embed"],
  type: "module",
  main: "./index.js",
  module: "./index.js",
  types: "./index.d.ts",
  exports: {
    ".": { types: "./index.d.ts", default: "./index.js" },
    "./element": { types: "./element.d.ts", default: "./element.js" },
    "./element.js": { types: "./element.d.ts", default: "./element.js" },
    "./case-timeline.css": "./case-timeline.css",
    "./case.schema.json": "./case.schema.json",
    "./case_timeline_bg.wasm": "./case_timeline_bg.wasm",
    "./locales/*.json": "./locales/*.json",
    "./package.json": "./package.json",
  },
  files,
  sideEffects: ["./element.js"],
};
writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);

const [packed] = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", out], { cwd: dir, encoding: "utf8" }));
const tarball = join(out, packed.filename);
const missing = files.filter((f) => !packed.files.some((p) => p.path === f || p.path.startsWith(`${f}/`)));
const packedPacks = packed.files.filter((p) => p.path.startsWith("locales/")).length;
if (packedPacks !== packs.length) fail(`the tarball has ${packedPacks} language packs, locales/ ${packs.length}`);
if (missing.length) fail(`not in the tarball: ${missing.join(", ")}`);

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const page = ["index.js", "element.js", "failure.js", "language.js", "locales.js", "case_timeline.js", "case_timeline_bg.wasm", "case-timeline.css"];
let raw = 0;
let gz = 0;
for (const f of page) {
  const bytes = readFileSync(join(dir, f));
  raw += bytes.length;
  gz += gzipSync(bytes, { level: 9 }).length;
}
console.log(`${tarball.slice(repo.length)}: ${kb(statSync(tarball).size)} (${packed.files.length} files, ${kb(packed.unpackedSize)} unpacked)`);
console.log(`a page with <case-timeline> downloads ${page.join(" + ")}: ${kb(raw)}, ${kb(gz)} gzip -9`);
