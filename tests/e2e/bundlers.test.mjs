// The npm tarball (make pack) in consumer apps: installed with npm into tests/bundlers/, built
// with Vite (production build and dev server) and webpack 5, loaded without a bundler, and
// type-checked by a strict TypeScript consumer. Each page must draw the NSO case and show a
// tooltip, through the API and through <case-timeline>.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { launch, serve, inkFraction, hoverEvent } from "./browser.mjs";
import { openPage, recorded, inkIn, hoverIn } from "./embed-helpers.mjs";

const run = promisify(execFile);
const repo = new URL("../..", import.meta.url).pathname;
const apps = join(repo, "tests/bundlers");
const bin = (tool) => join(apps, "node_modules/.bin", tool);
const nso = JSON.parse(readFileSync(join(repo, "www/cases/nso-amnesty.json"), "utf8"));
const manifest = JSON.parse(readFileSync(join(repo, "target/npm/package/package.json"), "utf8"));
const tarball = join(repo, "target/npm", `case-timeline-${manifest.version}.tgz`);

let browser;
const closers = [];
let builds;

before(async () => {
  // Install the tarball as a consumer would (its own dependencies: none), fresh every run.
  rmSync(join(apps, "node_modules/case-timeline"), { recursive: true, force: true });
  await run("npm", ["install", "--no-save", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", tarball], { cwd: apps });
  mkdirSync(join(apps, "vite/public"), { recursive: true });
  mkdirSync(join(apps, "next/public"), { recursive: true });
  for (const name of ["nso-amnesty.json", "sample-hebrew.json"]) {
    copyFileSync(join(repo, "www/cases", name), join(apps, "vite/public", name));
    copyFileSync(join(repo, "www/cases", name), join(apps, "webpack", name));
    copyFileSync(join(repo, "www/cases", name), join(apps, "next/public", name));
  }
  // The builds and the type checks run side by side while the browser starts.
  const tool = (name, args, cwd = apps) => run(process.execPath, [bin(name), ...args], { cwd, env: { ...process.env, NO_COLOR: "1", NEXT_TELEMETRY_DISABLED: "1" }, maxBuffer: 16 << 20 })
    .then(({ stdout, stderr }) => ({ ok: true, output: stdout + stderr }), (error) => ({ ok: false, output: `${error.stdout}${error.stderr}${error.message}` }));
  builds = {
    vite: tool("vite", ["build", "--logLevel", "warn"], join(apps, "vite")),
    webpack: tool("webpack", ["--config", "webpack/webpack.config.js", "--no-stats"]),
    esbuild: run(bin("esbuild"), ["esbuild/main.js", "--bundle", "--format=esm", "--outfile=esbuild/dist/main.js", "--log-level=warning"], { cwd: apps })
      .then(({ stderr }) => {
        // The documented copy step: the .wasm wherever init() is told, the .css next to the bundle.
        const from = join(apps, "node_modules/case-timeline");
        mkdirSync(join(apps, "esbuild/dist/wasm"), { recursive: true });
        copyFileSync(join(from, "case_timeline_bg.wasm"), join(apps, "esbuild/dist/wasm/case_timeline_bg.wasm"));
        copyFileSync(join(from, "case-timeline.css"), join(apps, "esbuild/dist/case-timeline.css"));
        mkdirSync(join(apps, "esbuild/dist/locales"), { recursive: true });
        for (const f of readdirSync(join(from, "locales"))) copyFileSync(join(from, "locales", f), join(apps, "esbuild/dist/locales", f));
        return { ok: true, output: stderr };
      }, (error) => ({ ok: false, output: `${error.stdout}${error.stderr}${error.message}` })),
    // Next.js 16 (app router, Turbopack) as a static export to next/out/.
    next: tool("next", ["build"], join(apps, "next")),
    tsc: Promise.all(["ts/tsconfig.json", "ts/tsconfig.nodenext.json"].map((p) => tool("tsc", ["-p", p]))),
  };
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const close of closers) await close();
});

/** The shared checks: both timelines drawn, tooltips on hover, no errors, one .wasm download. */
async function check(url, { api = true } = {}) {
  const page = await openPage(browser, url, { viewport: { width: 1000, height: 900 } });
  const ruling = nso.events.find((e) => e.id === "ruling");
  if (api) {
    const ink = await inkFraction(page, "#api .ct-canvas");
    assert.ok(ink > 0.01, `API timeline looks blank: ${(ink * 100).toFixed(2)}% ink`);
    await hoverEvent(page, ruling.id);
    const tip = page.locator("#api .ct-tooltip");
    await tip.waitFor({ state: "visible" });
    assert.ok((await tip.textContent()).includes(ruling.title), "API tooltip");
    assert.equal(await page.$eval("#api .ct-tooltip", (t) => getComputedStyle(t).position), "absolute", "the package's CSS is applied");
  }
  const ink = await inkIn(page, "#element");
  assert.ok(ink > 0.01, `<case-timeline> looks blank: ${(ink * 100).toFixed(2)}% ink`);
  const statement = nso.events.find((e) => e.id === "amnesty-statement");
  assert.ok((await hoverIn(page, "#element", statement.id)).includes(statement.title), "element tooltip");
  // The element is styled: its shadow root has the widget's rules (a tooltip floats over the
  // canvas, the screen-reader list is visually hidden), not just a canvas that happens to draw.
  const styled = await page.$eval("#element", (el) => {
    const root = el.shadowRoot;
    const style = (selector) => {
      const node = root.querySelector(selector);
      return node && getComputedStyle(node);
    };
    return {
      tooltip: style(".ct-tooltip")?.position,
      list: style(".ct-list")?.position,
      listWidth: root.querySelector(".ct-list")?.getBoundingClientRect().width,
    };
  });
  assert.equal(styled.tooltip, "absolute", `<case-timeline> is unstyled: ${JSON.stringify(styled)}`);
  assert.equal(styled.list, "absolute", `<case-timeline>'s screen-reader list is not hidden: ${JSON.stringify(styled)}`);
  assert.ok(styled.listWidth <= 1, `<case-timeline>'s screen-reader list takes space: ${JSON.stringify(styled)}`);
  const wasm = page.requests.filter((u) => new URL(u).pathname.endsWith(".wasm"));
  assert.equal(wasm.length, 1, `wasm requests: ${wasm.join(", ")}`);
  // The Hebrew case: its pack found and fetched once, no other pack, drawn right to left in Hebrew.
  const hebrew = await page.$eval("#hebrew", (el) => {
    const root = el.shadowRoot.querySelector(".ct-root");
    return { dir: root.dir, lang: root.lang, reset: root.querySelector(".ct-zoom-reset").textContent };
  });
  assert.deepEqual(hebrew, { dir: "rtl", lang: "he", reset: "איפוס" });
  // (webpack names emitted assets by their hash: every .json but the two cases is a pack.)
  const packs = page.requests.filter((u) => new URL(u).pathname.endsWith(".json") && !/(nso-amnesty|sample-hebrew)\.json$/.test(u));
  assert.equal(packs.length, 1, `language pack requests: ${packs.join(", ")}`);
  assert.ok(await inkIn(page, "#hebrew") > 0.01, "the Hebrew timeline is drawn");
  assert.deepEqual(page.problems, []);
  assert.deepEqual(await recorded(page), []);
  await page.context().close();
  return { wasm: wasm[0] };
}

async function serveDir(root) {
  const { server, origin } = await serve({ root });
  closers.push(() => {
    server.closeAllConnections();
    server.close();
  });
  return origin;
}

test("package.json: exports map with types first, files, sideEffects, licence; hand-written types cover wasm-bindgen's", () => {
  assert.equal(manifest.name, "case-timeline");
  assert.equal(manifest.type, "module");
  assert.equal(manifest.license, "MIT OR Apache-2.0");
  assert.deepEqual(manifest.sideEffects, ["./element.js"]);
  for (const key of [".", "./element"]) {
    assert.deepEqual(Object.keys(manifest.exports[key]), ["types", "default"], `${key}: "types" must come first`);
  }
  for (const key of ["./case-timeline.css", "./case.schema.json", "./case_timeline_bg.wasm"]) assert.ok(manifest.exports[key], key);
  const installed = readdirSync(join(apps, "node_modules/case-timeline")).sort();
  assert.deepEqual(installed, [...manifest.files, "package.json"].sort(), "the installed package holds exactly `files`");
  // The package's index.d.ts carries wasm-bindgen's declarations (written from the Rust docs):
  // every method, with the same doc comment.
  const generated = readFileSync(join(repo, "target/npm/package/case_timeline.d.ts"), "utf8");
  const ours = readFileSync(join(repo, "target/npm/package/index.d.ts"), "utf8");
  const methods = [...generated.matchAll(/^ {4}(?:static )?([a-zA-Z]\w*)\(/gm)].map((m) => m[1]).filter((m) => !m.startsWith("__"));
  assert.ok(methods.includes("mount") && methods.includes("setCase"), `parsed ${methods}`);
  for (const m of methods) assert.match(ours, new RegExp(`^ +(static )?${m}\\(`, "m"), `index.d.ts lacks ${m}()`);
  const docs = (text) => [...text.matchAll(/\/\*\*((?:(?!\*\/)[^])*)\*\/\s*(?:static )?(\w+)\(/g)].map((m) => `${m[2]}: ${m[1].replace(/\s*\*\s*/g, " ").trim()}`).sort();
  const shared = docs(generated).filter((d) => !d.startsWith("init") && !d.startsWith("initSync"));
  for (const d of shared) assert.ok(docs(ours).includes(d), `index.d.ts lacks or rewrites the doc of ${d.slice(0, 60)}`);
  assert.doesNotMatch(ours, /\[Symbol\.dispose\]\(\)/, "the package types must not need lib esnext");
  assert.match(ours, /export function validateCase\(/);
});

test("a strict TypeScript consumer compiles against the package's types (Bundler and NodeNext resolution)", async () => {
  const results = await builds.tsc;
  for (const r of results) assert.ok(r.ok, r.output);
});

test("Vite production build: the API and <case-timeline> draw and show tooltips", async () => {
  const built = await builds.vite;
  assert.ok(built.ok, built.output);
  const dist = join(apps, "vite/dist");
  const assets = readdirSync(join(dist, "assets"));
  assert.ok(assets.some((f) => f.endsWith(".wasm")), `no .wasm emitted: ${assets}`);
  const { wasm } = await check(`${await serveDir(dist)}/index.html`);
  assert.match(wasm, /\/assets\/case_timeline_bg-[\w-]+\.wasm$/);
});

test("Vite dev server with optimizeDeps.exclude: the API and <case-timeline> draw and show tooltips", async () => {
  const { createServer } = await import(join(apps, "node_modules/vite/dist/node/index.js"));
  const server = await createServer({ root: join(apps, "vite"), server: { port: 0, host: "127.0.0.1", strictPort: false }, logLevel: "warn" });
  await server.listen();
  closers.push(() => server.close());
  const url = server.resolvedUrls.local[0];
  const { wasm } = await check(`${url}index.html`);
  assert.match(wasm, /\/node_modules\/case-timeline\/case_timeline_bg\.wasm/);
});

test("Vite dev server without the documented config: a clear error in the element, not a blank box", async () => {
  const { createServer } = await import(join(apps, "node_modules/vite/dist/node/index.js"));
  const server = await createServer({
    root: join(apps, "vite"),
    configFile: false,
    cacheDir: join(apps, "node_modules/.vite-no-exclude"),
    optimizeDeps: { force: true },
    server: { port: 0, host: "127.0.0.1" },
    logLevel: "silent",
  });
  await server.listen();
  closers.push(() => server.close());
  const page = await openPage(browser, `${server.resolvedUrls.local[0]}index.html`, { ready: false, viewport: { width: 900, height: 700 } });
  const detail = await page.$eval("#element", (el) => new Promise((done) => {
    const banner = el.shadowRoot.querySelector(".ct-failed");
    if (banner) done({ code: banner.dataset.code, message: banner.textContent });
    el.addEventListener("error", (e) => done(e.detail), { once: true });
    el.addEventListener("ready", () => done({ code: "ready" }), { once: true });
  }));
  assert.ok(["wasm-mime", "wasm-missing"].includes(detail.code), JSON.stringify(detail));
  assert.match(detail.message, /optimizeDeps|HTTP 404/);
  // mount() rejected with the same code and left the same message in its element.
  await page.waitForSelector(`html[data-failed="${detail.code}"]`);
  assert.match(await page.$eval("#api .ct-failed .ct-banner", (b) => b.textContent), /optimizeDeps|HTTP 404/);
  assert.deepEqual(page.problems.filter((m) => m.startsWith("pageerror")), []);
  assert.deepEqual(await recorded(page), []);
  await page.context().close();
});

test("webpack 5 build: <case-timeline> draws and shows a tooltip", async () => {
  const built = await builds.webpack;
  assert.ok(built.ok, built.output);
  const emitted = readdirSync(join(apps, "webpack/dist"));
  assert.ok(emitted.some((f) => f.endsWith(".wasm")), `no .wasm emitted: ${emitted}`);
  assert.ok(emitted.some((f) => f.endsWith(".css")), `no .css emitted: ${emitted}`);
  await check(`${await serveDir(join(apps, "webpack"))}/index.html`, { api: false });
});

test("Next.js 16 (app router, a client component) static export: the API and <case-timeline> draw and show tooltips", async () => {
  const built = await builds.next;
  assert.ok(built.ok, built.output);
  const out = join(apps, "next/out");
  const media = readdirSync(join(out, "_next/static/media"));
  assert.ok(media.some((f) => f.endsWith(".wasm")), `no .wasm emitted: ${media}`);
  const { wasm } = await check(`${await serveDir(out)}/index.html`);
  assert.match(wasm, /\/_next\/static\/media\/case_timeline_bg\.[\w-]+\.wasm$/);
});

test("esbuild bundle with the documented copy step: the API and <case-timeline> draw and show tooltips", async () => {
  const built = await builds.esbuild;
  assert.ok(built.ok, built.output);
  const { wasm } = await check(`${await serveDir(repo)}/tests/bundlers/esbuild/index.html`);
  assert.match(wasm, /\/tests\/bundlers\/esbuild\/dist\/wasm\/case_timeline_bg\.wasm$/);
});

test("a plain <script type=module> page (no bundler) straight from node_modules", async () => {
  const { wasm } = await check(`${await serveDir(repo)}/tests/bundlers/plain/index.html`);
  assert.match(wasm, /\/tests\/bundlers\/node_modules\/case-timeline\/case_timeline_bg\.wasm$/);
});
