// Side-by-side browser benchmark: case-timeline against TimelineJS3 and vis-timeline, in headless
// Chromium (Debian's /usr/bin/chromium through playwright-core), on the same generated cases.
//   node bench/run.mjs                      # the full run (make bench runs it after the native bench)
//   node bench/run.mjs --sizes 100,1000 --reps 3 --libs ours,vis --json out.json
// Prints one table (our figures, the peers', ratios peer/ours) on stdout, progress on stderr, and
// writes every raw measurement to target/bench/browser.json. Never fails on time: exits 0 unless
// something crashes. See docs/performance.md for what each number means.
import { mkdirSync, readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { gzipSync, brotliCompressSync, constants as zlib } from "node:zlib";
import { execFileSync } from "node:child_process";
import os from "node:os";
import { chromium } from "./node_modules/playwright-core/index.mjs";
import { startServer } from "../www/tools/serve.mjs";
import { makeCase, toTimelineJS, toVis, SEED, YEARS } from "./convert.mjs";

const ROOT = resolve(new URL("..", import.meta.url).pathname);
const started = Date.now();
const loadStart = os.loadavg()[0];

// ---------------------------------------------------------------------------------------------
// Options
const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
};
const SIZES = arg("--sizes", "100,1000,10000").split(",").map(Number);
// Repetitions per size (interleaved): fewer at 10,000, where the peers take seconds per render.
const REPS_BY_SIZE = { 100: 5, 1000: 3, 10000: 2 };
const repsFor = (n) => Number(arg("--reps", 0)) || REPS_BY_SIZE[n] || 3;
const LIBS = arg("--libs", "ours,timelinejs,vis").split(",");
const TIMEOUT = Number(arg("--timeout", 30000)); // per measurement
const STEPS = 5; // zoom and pan steps per page …
const STEP_BUDGET = 4000; // … or fewer (at least one) once a series has taken this long (ms)
const DRAG_MS = 2000;
const JSON_OUT = resolve(arg("--json", join(ROOT, "target/bench/browser.json")));
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

const NAMES = { ours: "case-timeline", timelinejs: "TimelineJS3", vis: "vis-timeline" };
const log = (...a) => process.stderr.write(`[bench] ${a.join(" ")}\n`);

// ---------------------------------------------------------------------------------------------
// Helpers
class Timeout extends Error {}
function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, fail) => { timer = setTimeout(() => fail(new Timeout(`${what}: no answer in ${ms / 1000} s`)), ms); }),
  ]);
}
const median = (xs) => {
  const v = xs.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const version = (pkg) => JSON.parse(readFileSync(join(ROOT, "bench/node_modules", pkg, "package.json"), "utf8")).version;

function sizes(files) {
  let raw = 0, gzip = 0, brotli = 0;
  const rows = [];
  for (const file of files) {
    const body = readFileSync(join(ROOT, file));
    const g = gzipSync(body, { level: 9 }).length;
    const b = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }).length;
    raw += body.length; gzip += g; brotli += b;
    rows.push({ file, raw: body.length, gzip: g, brotli: b });
  }
  return { raw, gzip, brotli, files: rows };
}

// ---------------------------------------------------------------------------------------------
// Browser
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--enable-precise-memory-info", "--js-flags=--expose-gc",
  "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows"];
let browser = null;
async function launch() {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  return browser;
}
async function relaunch() {
  log("restarting Chromium");
  await withTimeout(browser.close(), 10000, "close").catch(() => {
    try { process.kill(browser.process?.()?.pid ?? 0, "SIGKILL"); } catch { /* already gone */ }
  });
  await launch();
}

const server = await startServer({ port: 0, root: ROOT });
const origin = `http://127.0.0.1:${server.address().port}`;
await launch();

async function openPage(lib) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 1000 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.loaded = [];
  page.problems = [];
  page.on("requestfinished", (r) => page.loaded.push(r.url()));
  page.on("requestfailed", (r) => { if (!r.url().startsWith(origin)) failedElsewhere[lib].add(new URL(r.url()).pathname); });
  page.on("pageerror", (e) => page.problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") page.problems.push(`console: ${m.text()}`); });
  await page.goto(`${origin}/bench/pages/${lib}.html`);
  await page.waitForSelector("html[data-ready=true]", { timeout: 20000 });
  return page;
}
async function closePage(page) {
  try {
    await withTimeout(page.context().close(), 10000, "closing a page");
  } catch {
    await relaunch();
  }
}
/** Memory in use after a full garbage collection (bytes), through the DevTools protocol: the V8
 *  (JavaScript) heap and Blink's DOM heap (the "embedder" heap: elements, text, styles). */
async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const usage = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return { js: usage.usedSize, dom: usage.embedderHeapUsedSize ?? null };
}

// ---------------------------------------------------------------------------------------------
// Measurements
const data = {}; // n → { ours, timelinejs, vis }
function dataFor(n) {
  if (!data[n]) {
    const kase = makeCase(n);
    data[n] = { ours: JSON.stringify(kase), timelinejs: toTimelineJS(kase), vis: toVis(kase) };
  }
  return data[n];
}

/** The generated data of every library and size as files, for the navigation pages. */
const DATA_DIR = join(ROOT, "target/bench/data");
function writeData(n) {
  mkdirSync(DATA_DIR, { recursive: true });
  for (const lib of LIBS) {
    const d = dataFor(n)[lib];
    writeFileSync(join(DATA_DIR, `${lib}-${n}.json`), typeof d === "string" ? d : JSON.stringify(d));
  }
}

const results = []; // { lib, n, rep, kind, ... }
const loadedFiles = {}; // lib → [paths]
const failedElsewhere = { ours: new Set(), timelinejs: new Set(), vis: new Set() }; // files asked of other hosts (offline here)
const timedOut = new Set(); // `${lib}/${n}`: render timed out once; later repetitions are skipped

/** One page: render, heap after GC, then STEPS zoom steps and STEPS pan steps. */
async function measureSteps(lib, n, rep) {
  const r = { lib, n, rep, kind: "steps", zoom: [], pan: [] };
  results.push(r);
  if (timedOut.has(`${lib}/${n}`)) { r.render = "timeout"; return; }
  let page;
  try {
    page = await openPage(lib);
    r.heapEmpty = (await withTimeout(heapAfterGc(page), TIMEOUT, "heap")).js;
    const out = await withTimeout(page.evaluate((d) => window.benchRender(d), dataFor(n)[lib]), TIMEOUT, "render");
    r.render = out.ms;
    ({ ms: r.settleMs, elements: r.elements } = await withTimeout(page.evaluate(() => window.benchSettle()), TIMEOUT, "settle"));
    ({ js: r.heap, dom: r.domHeap } = await withTimeout(heapAfterGc(page), TIMEOUT, "heap"));
    r.wasm = await page.evaluate(() => window.benchWasmBytes());
    // Pan first, at the initial view (the whole case for ours and vis, two screen widths for
    // TimelineJS3), then zoom in from there. A series stops early once it has taken STEP_BUDGET.
    for (const [key, step] of [["pan", () => window.benchPan(1)], ["zoom", () => window.benchZoom()]]) {
      const begun = Date.now();
      for (let i = 0; i < STEPS && (i === 0 || Date.now() - begun < STEP_BUDGET); i++) {
        r[key].push(await withTimeout(page.evaluate(step), TIMEOUT, key));
        await withTimeout(page.evaluate(() => window.benchQuiet(1500)), TIMEOUT, "quiet");
      }
    }
    if (!loadedFiles[lib]) loadedFiles[lib] = page.loaded.slice();
    if (lib === "ours") {
      // Diagnostic: a second mount on the same page, once the wasm has been tiered up and the
      // one-time set-up (formatters, caches) is done. Not in the ratios.
      await page.evaluate(() => window.benchTeardown());
      r.warmRender = (await withTimeout(page.evaluate((d) => window.benchRender(d), dataFor(n)[lib]), TIMEOUT, "render")).ms;
    }
  } catch (error) {
    if (!(error instanceof Timeout)) throw error;
    log(`${NAMES[lib]} n=${n}: ${error.message}`);
    if (r.render === undefined) { r.render = "timeout"; timedOut.add(`${lib}/${n}`); }
    else if (r.pan.length < STEPS && !r.zoom.length) r.pan.push("timeout");
    else r.zoom.push("timeout");
  } finally {
    if (page) {
      r.problems = page.problems.slice(0, 5);
      await closePage(page);
    }
  }
}

/** A fresh page in navigation mode: from the navigation's start to the first drawn frame (the
 *  library's download and start-up, the data's, the render), then the long tasks that start after
 *  that drawing until the page has settled, and its element count then. */
async function measureNavigation(lib, n, rep) {
  const r = { lib, n, rep, kind: "nav" };
  results.push(r);
  if (timedOut.has(`${lib}/${n}`)) { r.nav = "timeout"; return; }
  const context = await browser.newContext({ viewport: { width: 1100, height: 1000 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/bench/pages/${lib}.html?nav=${n}`);
    await withTimeout(page.waitForFunction(() => window.benchNav || window.benchNavError, null, { timeout: 0, polling: 50 }), TIMEOUT, "navigation");
    const out = await page.evaluate(() => ({ nav: window.benchNav, error: window.benchNavError }));
    if (out.error) throw new Error(out.error);
    r.nav = out.nav.drawn;
    const settled = await withTimeout(page.evaluate(() => window.benchSettle()), TIMEOUT, "settle");
    r.navElements = settled.elements;
    const tasks = await page.evaluate((after) => window.benchLongTasks(after), r.nav);
    r.longTasks = tasks.length;
    r.longTaskMs = tasks.reduce((a, t) => a + t.duration, 0);
    r.longestTaskMs = tasks.reduce((a, t) => Math.max(a, t.duration), 0);
  } catch (error) {
    if (!(error instanceof Timeout)) log(`${NAMES[lib]} n=${n} navigation: ${error.message}`);
    r.nav = "timeout";
  } finally {
    await withTimeout(context.close(), 10000, "closing a page").catch(() => relaunch());
  }
}

/** A fresh page: render (a second render sample), then, at the initial view, a 2 s mouse drag back
 *  and forth (±150 px in 4 px moves), counting requestAnimationFrame callbacks meanwhile. */
async function measureDrag(lib, n, rep) {
  const r = { lib, n, rep, kind: "drag" };
  results.push(r);
  if (timedOut.has(`${lib}/${n}`)) { r.fps = "norender"; return; }
  let page;
  try {
    page = await openPage(lib);
    r.render = (await withTimeout(page.evaluate((d) => window.benchRender(d), dataFor(n)[lib]), TIMEOUT, "render")).ms;
    await withTimeout(page.evaluate(() => window.benchSettle()), TIMEOUT, "settle");
    const p = await page.evaluate(() => window.benchDragPoint());
    const before = await page.evaluate(() => window.benchView());
    const drag = async () => {
      await page.mouse.move(p.x, p.y);
      await page.mouse.down();
      await page.evaluate(() => window.benchFrames.start());
      const t0 = Date.now();
      let x = p.x, dir = -1, moves = 0, middle = null;
      while (Date.now() - t0 < DRAG_MS) {
        x += 4 * dir;
        if (Math.abs(x - p.x) >= 150) {
          dir = -dir;
          if (middle === null) middle = await page.evaluate(() => window.benchView());
        }
        await page.mouse.move(x, p.y);
        moves++;
      }
      const frames = await page.evaluate(() => window.benchFrames.stop());
      const moved = middle ?? (await page.evaluate(() => window.benchView()));
      await page.mouse.up();
      return { ...frames, moves, changed: moved !== before };
    };
    Object.assign(r, await withTimeout(drag(), TIMEOUT, "drag"));
  } catch (error) {
    if (!(error instanceof Timeout)) throw error;
    log(`${NAMES[lib]} n=${n} drag: ${error.message}`);
    if (r.render === undefined) {
      r.render = "timeout";
      timedOut.add(`${lib}/${n}`);
      r.fps = "norender";
    } else r.fps = "timeout"; // one mouse move took longer than the timeout: under 0.1 fps
  } finally {
    if (page) await closePage(page);
  }
}

// ---------------------------------------------------------------------------------------------
// Run
log(`Chromium ${browser.version()}, sizes ${SIZES.join(", ")}, libraries ${LIBS.join(", ")}, timeout ${TIMEOUT / 1000} s`);
// Warm-up (not counted): the first page of a fresh browser pays for its own start.
for (const lib of LIBS) {
  const page = await openPage(lib);
  await withTimeout(page.evaluate((d) => window.benchRender(d), dataFor(100)[lib]), TIMEOUT, "warm-up").catch(() => {});
  await closePage(page);
}
const idle = await (async () => {
  const page = await openPage("ours");
  const fps = await page.evaluate(() => window.benchIdleFps(1000));
  await closePage(page);
  return fps;
})();

for (const n of SIZES) {
  const reps = repsFor(n);
  writeData(n);
  for (let rep = 0; rep < reps; rep++) {
    for (const lib of LIBS) {
      await measureNavigation(lib, n, rep);
      const r = results.at(-1);
      log(`n=${n} rep ${rep + 1}/${reps} ${NAMES[lib]}: navigation → drawn ${fmtMs(r.nav)}${typeof r.longTaskMs === "number" ? `, long tasks after ${r.longTasks} (${fmtMs(r.longTaskMs)})` : ""}`);
    }
    for (const lib of LIBS) {
      const t = Date.now();
      await measureSteps(lib, n, rep);
      const r = results.at(-1);
      log(`n=${n} rep ${rep + 1}/${reps} ${NAMES[lib]}: render ${fmtMs(r.render)}, zoom ${fmtMs(median(r.zoom.map((z) => z?.toFrame)))}, pan ${fmtMs(median(r.pan.map((z) => z?.toFrame)))} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    }
    for (const lib of LIBS) {
      await measureDrag(lib, n, rep);
      const r = results.at(-1);
      log(`n=${n} rep ${rep + 1}/${reps} ${NAMES[lib]}: drag ${typeof r.fps === "number" ? r.fps.toFixed(1) : r.fps} fps`);
    }
  }
}
await withTimeout(browser.close(), 10000, "close").catch(() => {});
server.close();

// ---------------------------------------------------------------------------------------------
// Bytes a page must download
// Ours: what the NSO embed page (www/embed.html) downloads — the same list `make build` checks
// against its budget (www/tools/size.mjs).
const { EMBED_FILES } = await import("../www/tools/size.mjs");
const OUR_FILES = EMBED_FILES.filter((f) => existsSync(join(ROOT, f)));
function peerFiles(lib) {
  const seen = new Set();
  for (const url of loadedFiles[lib] ?? []) {
    const u = new URL(url);
    if (u.origin !== origin || u.pathname.startsWith("/bench/pages/")) continue;
    const file = decodeURIComponent(u.pathname).replace(/^\//, "");
    if (existsSync(join(ROOT, file)) && statSync(join(ROOT, file)).isFile()) seen.add(file);
  }
  return [...seen].sort();
}
const bytes = { ours: sizes(OUR_FILES) };
for (const lib of LIBS) if (lib !== "ours") bytes[lib] = sizes(peerFiles(lib));

// ---------------------------------------------------------------------------------------------
// Table
function fmtMs(v) {
  if (v === "timeout") return `> ${TIMEOUT / 1000} s`;
  if (v === null || v === undefined) return "—";
  return v >= 100 ? `${Math.round(v).toLocaleString("en")}` : v.toFixed(1);
}
const fmtKB = (v) => (v === null || v === undefined ? "—" : (v / 1000).toFixed(1));
const fmtMB = (v) => (v === null || v === undefined ? "—" : (v / 1e6).toFixed(1));
const fmtFps = (v) => (v === "timeout" ? "< 0.1" : typeof v === "number" ? v.toFixed(1) : "—");

/** Median of one metric over every measurement of (lib, n); "timeout" if every one timed out. */
function metric(lib, n, pick) {
  const values = [];
  let timeouts = 0;
  for (const r of results.filter((x) => x.lib === lib && x.n === n)) {
    for (const v of [].concat(pick(r) ?? [])) {
      if (v === "timeout") timeouts++;
      else if (v === "norender") continue;
      else if (typeof v === "number") values.push(v);
    }
  }
  if (values.length === 0) return timeouts ? "timeout" : null;
  return median(values);
}
const steps = (key, field) => (r) => (r.kind === "steps" ? r[key].map((s) => (s === "timeout" ? s : s[field])) : null);
const nav = (field) => (r) => (r.kind === "nav" ? r[field] : null);
const METRICS = [
  { label: "first render, navigation → drawn (ms)", pick: nav("nav"), fmt: fmtMs, ratioTarget: { 100: 0.5, 1000: 0.25 }, better: "lower" },
  { label: "long tasks after the first drawing (ms, sum)", pick: nav("longTaskMs"), fmt: fmtMs, target: { 100: 0, 1000: 0, 10000: 0 }, better: "lower" },
  { label: "longest task after the first drawing (ms)", pick: nav("longestTaskMs"), fmt: fmtMs, target: { 1000: 50 }, better: "lower" },
  { label: "elements in the page, settled", pick: nav("navElements"), fmt: (v) => (typeof v === "number" ? Math.round(v).toLocaleString("en") : "—"), peerTarget: { 1000: "vis" }, better: "lower" },
  { label: "first render, construct → drawn (ms)", pick: (r) => r.render, fmt: fmtMs, better: "lower" },
  { label: "zoom step → next frame (ms)", pick: steps("zoom", "toFrame"), fmt: fmtMs, better: "lower" },
  { label: "zoom step, main-thread work (ms)", pick: steps("zoom", "work"), fmt: fmtMs, better: "lower" },
  { label: "pan step → next frame (ms)", pick: steps("pan", "toFrame"), fmt: fmtMs, better: "lower" },
  { label: "pan step, main-thread work (ms)", pick: steps("pan", "work"), fmt: fmtMs, target: { 10000: 16 }, better: "lower" },
  { label: "drag-pan frames per second (2 s)", pick: (r) => (r.kind === "drag" ? r.fps : null), fmt: fmtFps, better: "higher" },
  { label: "JS heap after GC (MB)", pick: (r) => (r.kind === "steps" ? r.heap : null), fmt: fmtMB, better: "lower" },
  { label: "wasm memory (MB)", pick: (r) => (r.kind === "steps" && r.lib === "ours" ? r.wasm : null), fmt: fmtMB, better: "lower", oursOnly: true },
  { label: "JS heap + wasm memory (MB)", pick: (r) => (r.kind === "steps" && typeof r.heap === "number" ? r.heap + (r.wasm || 0) : null), fmt: fmtMB, target: { 10000: 15e6 }, targetFmt: fmtMB, better: "lower" },
  { label: "DOM heap after GC (MB)", pick: (r) => (r.kind === "steps" ? r.domHeap : null), fmt: fmtMB, better: "lower" },
  { label: "all: JS + DOM + wasm (MB)", pick: (r) => (r.kind === "steps" && typeof r.heap === "number" ? r.heap + (r.domHeap || 0) + (r.wasm || 0) : null), fmt: fmtMB, better: "lower" },
];

const peers = LIBS.filter((l) => l !== "ours");
const header = ["measure", "events", NAMES.ours, ...peers.map((l) => NAMES[l]), ...peers.map((l) => `${NAMES[l]} / ours`), "target (ours)", "met"];
const rows = [];
const ratio = (peer, ours, better = "lower") => {
  if (peer === "timeout" && typeof ours === "number" && better === "lower") return `> ${Math.floor(TIMEOUT / ours)}×`;
  if (typeof peer !== "number" || typeof ours !== "number" || ours === 0) return "—";
  const v = peer / ours;
  return v >= 100 ? `${Math.round(v)}×` : v >= 10 ? `${v.toFixed(0)}×` : `${v.toFixed(2)}×`;
};
const met = (value, target, better) => {
  if (target === undefined) return "";
  if (typeof value !== "number") return "no";
  return (better === "higher" ? value >= target * 0.95 : value <= target) ? "yes" : "no";
};
for (const [label, key, target] of [["bytes, raw (kB)", "raw"], ["bytes, gzip -9 (kB)", "gzip", 75000], ["bytes, brotli 11 (kB)", "brotli"]]) {
  const ours = bytes.ours[key];
  rows.push([label, "", fmtKB(ours), ...peers.map((l) => fmtKB(bytes[l]?.[key])), ...peers.map((l) => ratio(bytes[l]?.[key], ours)),
    target ? `≤ ${fmtKB(target)}` : "", target ? met(ours, target, "lower") : ""]);
}
for (const m of METRICS) {
  for (const n of SIZES) {
    const ours = metric("ours", n, m.pick);
    const values = peers.map((l) => (m.oursOnly ? null : metric(l, n, m.pick)));
    let target = m.target?.[n];
    let tf = m.targetFmt ?? m.fmt;
    // A target relative to vis-timeline: a fraction of its figure, or at most its figure.
    const vis = peers.includes("vis") ? metric("vis", n, m.pick) : null;
    if (m.ratioTarget?.[n] !== undefined && typeof vis === "number") {
      target = vis * m.ratioTarget[n];
      const fraction = m.ratioTarget[n];
      tf = (v) => `${fmtMs(v)} (${fraction}× vis)`;
    }
    if (m.peerTarget?.[n] === "vis" && typeof vis === "number") {
      target = vis;
      tf = (v) => `${m.fmt(v)} (vis)`;
    }
    rows.push([m.label, n.toLocaleString("en"), m.fmt(ours), ...values.map((v) => (m.oursOnly ? "—" : m.fmt(v))),
      ...values.map((v) => (m.oursOnly ? "—" : ratio(v, ours, m.better))),
      target === undefined ? "" : `${m.better === "higher" ? "≥" : "≤"} ${tf(target)}`, met(ours, target, m.better)]);
  }
}

function markdown(head, body) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(" | ")} |`;
  return [line(head), `|${widths.map((w, i) => (i < 2 ? `:${"-".repeat(w + 1)}` : `${"-".repeat(w + 1)}:`)).join("|")}|`, ...body.map(line)].join("\n");
}

const chromiumVersion = (() => {
  try { return execFileSync(CHROMIUM, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim(); } catch { return "Chromium"; }
})();
const reps = SIZES.map((n) => `${repsFor(n)} at ${n.toLocaleString("en")}`).join(", ");
const out = [];
out.push("");
out.push(`Browser benchmark: ${chromiumVersion}, headless, window 1100 × 1000 CSS px, widgets 1000 px wide (the peers 600 px high, ours its own height), device pixel ratio 1; ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB.`);
out.push(`Peers: TimelineJS3 ${version("@knight-lab/timelinejs")}, vis-timeline ${version("vis-timeline")} (standalone build). Data: www/tools/generate-case.mjs, seed ${SEED}, ${YEARS} years.`);
out.push(`Interleaved repetitions (${reps}), medians; zoom/pan: ${STEPS} steps per repetition, median of all; fresh page per render and per drag. Idle frame rate ${idle.toFixed(1)} fps.`);
out.push("");
out.push(markdown(header, rows));
out.push("");
out.push("Files counted as download (gzip -9 / brotli 11 bytes each):");
for (const lib of ["ours", ...peers]) {
  out.push(`  ${NAMES[lib]}: ${bytes[lib].files.map((f) => `${f.file.replace(/^bench\/node_modules\//, "")} (${f.gzip.toLocaleString("en")} / ${f.brotli.toLocaleString("en")})`).join(", ") || "none recorded"}`);
}
// Sanity: did every step move the view? Any page errors?
const notes = [];
for (const lib of LIBS) {
  for (const n of SIZES) {
    const mine = results.filter((r) => r.lib === lib && r.n === n);
    const still = (key) => mine.flatMap((r) => r[key] ?? []).filter((s) => s && s !== "timeout" && s.changed === false).length;
    if (still("zoom")) notes.push(`${NAMES[lib]} n=${n}: ${still("zoom")} zoom step(s) did not change the view`);
    if (still("pan")) notes.push(`${NAMES[lib]} n=${n}: ${still("pan")} pan step(s) did not change the view`);
    if (timedOut.has(`${lib}/${n}`)) notes.push(`${NAMES[lib]} n=${n}: did not draw within ${TIMEOUT / 1000} s; its other figures at this size are missing (—), later repetitions skipped`);
    const stuck = mine.filter((r) => r.kind === "drag" && r.changed === false).length;
    if (stuck) notes.push(`${NAMES[lib]} n=${n}: the view did not move in ${stuck} drag(s)`);
    const worst = median(mine.filter((r) => r.kind === "drag").map((r) => r.worstFrameMs));
    if (worst !== null) notes.push(`${NAMES[lib]} n=${n}: drag ${median(mine.filter((r) => r.kind === "drag").map((r) => r.moves))} mouse moves, longest frame ${fmtMs(worst)} ms (median over drags)`);
    const problems = [...new Set(mine.flatMap((r) => r.problems ?? []))];
    if (problems.length) notes.push(`${NAMES[lib]} n=${n}: page reported ${problems.slice(0, 2).join("; ")}`);
    const elements = median(mine.map((r) => r.elements));
    const settled = median(mine.map((r) => r.settleMs));
    if (elements !== null) notes.push(`${NAMES[lib]} n=${n}: ${elements.toLocaleString("en")} elements in the document once settled, ${fmtMs(settled)} ms after drawn (incl. ~1 s of checks)`);
    const warm = median(mine.map((r) => r.warmRender));
    if (warm !== null) notes.push(`${NAMES[lib]} n=${n}: a second mount on the same page (warm) ${fmtMs(warm)} ms`);
    const empty = median(mine.map((r) => r.heapEmpty));
    if (empty !== null && n === SIZES[0]) notes.push(`${NAMES[lib]}: JS heap of its page before rendering ${fmtMB(empty)} MB`);
  }
}
for (const lib of LIBS) {
  if (failedElsewhere[lib].size) notes.push(`${NAMES[lib]} also asks other hosts for ${failedElsewhere[lib].size} file(s) (${[...failedElsewhere[lib]].map((p) => p.split("/").pop()).join(", ")}); unreachable here, not counted in bytes`);
}
notes.push(`load average (1 min) at start ${loadStart.toFixed(1)}, at end ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores (a shared machine: absolute times are noise, the ratios are the result)`);
out.push("");
out.push("Notes:");
for (const n of notes) out.push(`  ${n}`);
out.push("");
out.push(`Browser run took ${((Date.now() - started) / 1000).toFixed(0)} s. Raw results: ${JSON_OUT.replace(`${ROOT}/`, "")}`);
process.stdout.write(out.join("\n") + "\n");

mkdirSync(dirname(JSON_OUT), { recursive: true });
writeFileSync(JSON_OUT, JSON.stringify({ chromium: chromiumVersion, idleFps: idle, sizes: SIZES, libs: LIBS, bytes, results }, null, 1));
process.exit(0);
