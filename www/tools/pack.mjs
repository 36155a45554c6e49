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
// The reader's files as `make build` leaves them in pkg/: minified, side by side (index.js
// importing the glue next to it; see www/tools/build-js.mjs).
for (const f of ["case_timeline.js", "case_timeline.d.ts", "case_timeline_bg.wasm", "case_timeline_bg.wasm.d.ts",
  "index.js", "element.js", "failure.js", "language.js", "case-timeline.css", "case-timeline.css.js"]) copy(`pkg/${f}`);
for (const f of ["case.schema.json", "element.d.ts"]) copy(`www/${f}`);
// The editor/diagnostics build, which index.js loads only for TimelineJS3 JSON and spreadsheets:
// in the package it sits in editor/.
// `import init, { convertCase, importSheet, caseSvg } from "case-timeline/editor"` for tools.
mkdirSync(join(dir, "editor"), { recursive: true });
const editorFiles = ["case_timeline.js", "case_timeline.d.ts", "case_timeline_bg.wasm", "case_timeline_bg.wasm.d.ts"];
for (const f of editorFiles) copy(`pkg-editor/${f}`, `editor/${f}`);
writeFileSync(join(dir, "editor/index.js"), `// case-timeline/editor: the editor's build (every importer, drafting, full diagnostics, SVG output).
//   import init, { convertCase, importSheet, caseSvg, CaseTimeline } from "case-timeline/editor";
//   await init();
export { default } from "./case_timeline.js";
export * from "./case_timeline.js";
`);
writeFileSync(join(dir, "editor/index.d.ts"), `export { default } from "./case_timeline.js";\nexport * from "./case_timeline.js";\n`);
copy("www/templates/case-template.csv", "editor/case-template.csv");
{
  const index = join(dir, "index.js");
  const text = readFileSync(index, "utf8");
  const moved = text.replaceAll('"../pkg-editor/', '"./editor/');
  if (moved === text) fail("pkg/index.js does not load ../pkg-editor/ (has build-js.mjs changed?)");
  writeFileSync(index, moved);
}
// The language packs, fetched one at a time by the language a case is in (locales.js names them
// with `new URL("./locales/<tag>.json", import.meta.url)`, so bundlers emit them all and a page
// downloads one). English is compiled into the .wasm.
mkdirSync(join(dir, "locales"));
const packs = readdirSync(join(repo, "locales")).filter((f) => f.endsWith(".json") && f !== "en.json");
if (packs.length === 0) fail("locales/: no language packs");
for (const f of packs) copy(`locales/${f}`, `locales/${f}`);
const table = readFileSync(join(repo, "pkg/locales.js"), "utf8");
const tableFlat = table.replaceAll('"../locales/', '"./locales/');
for (const f of packs) if (!tableFlat.includes(`new URL("./locales/${f}",import.meta.url)`)) fail(`pkg/locales.js does not name locales/${f}: run make build`);
writeFileSync(join(dir, "locales.js"), tableFlat);
copy("README.md");
copy("LICENSE");
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
  "case-timeline.css.js", "case_timeline.js", "case_timeline.d.ts", "case_timeline_bg.wasm", "case_timeline_bg.wasm.d.ts",
  "case-timeline.css", "case.schema.json", "README.md", "LICENSE", "editor"];
const editorAll = [...editorFiles, "index.js", "index.d.ts", "case-template.csv"].map((f) => `editor/${f}`);
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
    "./editor": { types: "./editor/index.d.ts", default: "./editor/index.js" },
    "./editor/case_timeline_bg.wasm": "./editor/case_timeline_bg.wasm",
    "./locales/*.json": "./locales/*.json",
    "./package.json": "./package.json",
  },
  files,
  sideEffects: ["./element.js"],
};
writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);

const [packed] = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", out], { cwd: dir, encoding: "utf8" }));
const tarball = join(out, packed.filename);
const missing = [...files.filter((f) => f !== "editor" && f !== "locales"), ...editorAll].filter((f) => !packed.files.some((p) => p.path === f));
const packedPacks = packed.files.filter((p) => p.path.startsWith("locales/")).length;
if (packedPacks !== packs.length) fail(`the tarball has ${packedPacks} language packs, locales/ ${packs.length}`);
if (missing.length) fail(`not in the tarball: ${missing.join(", ")}`);

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const page = ["index.js", "element.js", "failure.js", "language.js", "locales.js", "case-timeline.css.js", "case_timeline.js", "case_timeline_bg.wasm"];
let raw = 0;
let gz = 0;
for (const f of page) {
  const bytes = readFileSync(join(dir, f));
  raw += bytes.length;
  gz += gzipSync(bytes, { level: 9 }).length;
}
console.log(`${tarball.slice(repo.length)}: ${kb(statSync(tarball).size)} (${packed.files.length} files, ${kb(packed.unpackedSize)} unpacked)`);
console.log(`a page with <case-timeline> downloads ${page.join(" + ")}: ${kb(raw)}, ${kb(gz)} gzip -9`);
