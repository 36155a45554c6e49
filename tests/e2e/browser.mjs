// Shared set-up for the end-to-end tests: Debian's Chromium through playwright-core, and the
// repository served by www/tools/serve.mjs on a free loopback port.
import { mkdirSync } from "node:fs";
import { before, after } from "node:test";
import { chromium } from "../../www/node_modules/playwright-core/index.mjs";
import { startServer } from "../../www/tools/serve.mjs";

export const SHOTS = new URL("../../target/e2e/", import.meta.url).pathname;
const AXE = new URL("../../www/node_modules/axe-core/axe.min.js", import.meta.url).pathname;
/** The WCAG tags every axe run checks: A and AA of WCAG 2.0, 2.1 (with 2.5.3 Label in Name) and 2.2. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
mkdirSync(SHOTS, { recursive: true });

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export async function serve(options = {}) {
  const server = await startServer({ port: 0, ...options });
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}` };
}

/**
 * The usual hooks of a test file: serve the repository and launch Chromium before its tests,
 * close both after. `use({ browser, server, origin })` receives them once they exist.
 */
export function withBrowser(use) {
  let running = {};
  before(async () => {
    const { server, origin } = await serve();
    running = { server, origin, browser: await launch() };
    use(running);
  });
  after(async () => {
    await running.browser?.close();
    running.server?.close();
  });
}

/**
 * Opens a page that records uncaught errors, console errors and dialogs in `page.problems`.
 * With `sentinel`, `window.__xss(n)` records script executions in `window.__xssHits` from
 * before any page script runs.
 */
export async function open(browser, url, contextOptions = {}, { sentinel = false } = {}) {
  const context = await browser.newContext(contextOptions);
  if (sentinel) {
    await context.addInitScript(() => {
      window.__xssHits = [];
      window.__xss = (n) => window.__xssHits.push(n);
    });
  }
  const page = await context.newPage();
  page.problems = [];
  page.on("pageerror", (e) => page.problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") page.problems.push(`console: ${m.text()}`); });
  page.on("dialog", (d) => { page.problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.goto(url);
  await page.waitForSelector("html[data-ready=true]", { timeout: 20000 });
  return page;
}

/** Fraction of canvas pixels (device pixels) that differ from the top-left pixel's colour. */
export async function inkFraction(page, selector) {
  return page.$eval(selector, (canvas) => {
    const ctx = canvas.getContext("2d");
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const [r, g, b] = data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) > 60) ink++;
    }
    return ink / (data.length / 4);
  });
}

/** Moves the mouse onto event `id` of timeline number `n` on the page; returns the anchor. */
export async function hoverEvent(page, id, n = 0) {
  await page.evaluate((n) => document.querySelectorAll(".ct-canvas")[n].scrollIntoView({ block: "center" }), n);
  const target = await page.evaluate(([id, n]) => {
    const t = window.caseTimelines[n];
    const a = t.eventAnchors().find((e) => e.id === id);
    if (!a) return null;
    const canvas = document.querySelectorAll(".ct-canvas")[n];
    const r = canvas.getBoundingClientRect();
    return { x: r.left + a.x, y: r.top + a.y };
  }, [id, n]);
  if (!target) throw new Error(`event ${id} is not drawn`);
  await page.mouse.move(target.x, target.y, { steps: 3 });
  return target;
}

/**
 * Runs axe-core on the page (every frame) with `AXE_TAGS` and fails with the violations found,
 * naming `state` ("tooltip open", "Hebrew, phone").
 */
export async function axe(page, state) {
  const found = await axeViolations(page);
  if (found.length > 0) throw new Error(`axe violations (${state}): ${found.join("; ")}`);
}

/** Runs axe-core (WCAG 2.0–2.2 A and AA) on the page; returns the violations as lines. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }), AXE_TAGS);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * Records every string a canvas draws: `fillText` is wrapped before any page script runs, and
 * each canvas keeps the strings of its last paint (a paint starts with a fill of the whole
 * canvas) in `canvas.__drawn`. Call on a browser context before opening pages.
 */
export async function recordDrawnText(context) {
  await context.addInitScript(() => {
    const proto = CanvasRenderingContext2D.prototype;
    const fillText = proto.fillText;
    const fillRect = proto.fillRect;
    proto.fillText = function (text, ...rest) {
      (this.canvas.__drawn ??= []).push(String(text));
      return fillText.call(this, text, ...rest);
    };
    proto.fillRect = function (x, y, w, h) {
      if (x <= 0 && y <= 0 && w >= this.canvas.width && h >= this.canvas.height) this.canvas.__drawn = [];
      return fillRect.call(this, x, y, w, h);
    };
  });
}

/** The strings the canvas under `selector` drew in its last paint, without Unicode isolates. */
export async function drawnText(page, selector) {
  return page.$eval(selector, (c) => (c.__drawn ?? []).map((s) => s.replace(/[\u2066-\u2069]/g, "")));
}

/** True when `text` (whitespace collapsed) appears in the drawn strings read in order. */
export function drawnWhole(drawn, text) {
  const norm = (s) => s.replace(/\s+/g, " ").trim();
  return norm(drawn.join(" ")).includes(norm(text));
}
