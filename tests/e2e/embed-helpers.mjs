// Helpers shared by embed.test.mjs and bundlers.test.mjs (not a test file itself): pages that
// record CSP violations, unhandled rejections and WebAssembly compiles, and hovering an event of
// a timeline that lives in a <case-timeline>'s shadow root.
import { inkFraction } from "./browser.mjs";

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; require-trusted-types-for 'script'; trusted-types 'none'";

/** Runs in every frame before the page's scripts. */
function recorder() {
  window.__problems = [];
  window.__compiles = 0;
  addEventListener("unhandledrejection", (e) => window.__problems.push(`unhandledrejection: ${e.reason && e.reason.message ? e.reason.message : e.reason}`));
  document.addEventListener("securitypolicyviolation", (e) => window.__problems.push(`csp: ${e.violatedDirective} ${e.blockedURI}`), true);
  for (const name of ["instantiate", "instantiateStreaming", "compile", "compileStreaming"]) {
    const original = WebAssembly[name];
    if (typeof original !== "function") continue;
    WebAssembly[name] = function (...args) {
      // instantiate(module) after compile() would count twice; only byte/stream sources count.
      if (!(args[0] instanceof WebAssembly.Module)) window.__compiles++;
      return original.apply(this, args);
    };
  }
}

/**
 * Opens `url` in a new context; `page.problems` collects page errors and console errors,
 * `page.requests` every requested URL. `setup(page)` runs before the page loads (routes).
 * Waits for html[data-ready] unless `ready: false`.
 */
export async function openPage(browser, url, { ready = true, setup, ...contextOptions } = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  page.problems = [];
  page.requests = [];
  page.on("pageerror", (e) => page.problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") page.problems.push(`console: ${m.text()}`); });
  page.on("request", (r) => page.requests.push(r.url()));
  await page.addInitScript(recorder);
  if (setup) await setup(page);
  await page.goto(url);
  if (ready) await page.waitForSelector("html[data-ready=true]", { timeout: 20000 });
  return page;
}

/** CSP violations and unhandled rejections recorded in the page and its frames. */
export async function recorded(page) {
  const all = [];
  for (const frame of page.frames()) {
    all.push(...(await frame.evaluate(() => window.__problems || []).catch(() => [])));
  }
  return all;
}

/** Ink on the canvas of the timeline inside `host` (a <case-timeline> or a light-DOM container). */
export function inkIn(page, host) {
  return inkFraction(page, `${host} .ct-canvas`);
}

/**
 * Moves the mouse onto event `id` of the timeline in `host` (a <case-timeline> selector, whose
 * `timeline` property is the widget) and returns the tooltip's text once it is visible.
 */
export async function hoverIn(page, host, id) {
  await page.locator(`${host} .ct-canvas`).scrollIntoViewIfNeeded();
  const target = await page.$eval(host, (el, id) => {
    const anchor = el.timeline.eventAnchors().find((a) => a.id === id);
    if (!anchor) return null;
    const r = el.shadowRoot.querySelector(".ct-canvas").getBoundingClientRect();
    return { x: r.left + anchor.x, y: r.top + anchor.y };
  }, id);
  if (!target) throw new Error(`event ${id} is not drawn in ${host}`);
  await page.mouse.move(target.x, target.y, { steps: 3 });
  const tooltip = page.locator(`${host} .ct-tooltip`);
  await tooltip.waitFor({ state: "visible", timeout: 5000 });
  return tooltip.textContent();
}

/** The state of a <case-timeline>: its error panel or banner text, and whether a canvas is shown. */
export function elementState(page, host) {
  return page.$eval(host, (el) => {
    const root = el.shadowRoot;
    const banner = [...root.querySelectorAll(".ct-banner")].find((b) => !b.hidden);
    const box = root.querySelector(".ct-host").getBoundingClientRect();
    return {
      banner: banner ? banner.textContent : null,
      role: banner ? banner.getAttribute("role") : null,
      bannerVisible: banner ? banner.getBoundingClientRect().height > 0 : false,
      code: root.querySelector(".ct-failed")?.dataset.code ?? null,
      canvas: !!root.querySelector(".ct-canvas") && !root.querySelector(".ct-stage").hidden,
      height: box.height,
      // The widget's stylesheet reached the panel: its banner has a border of its own.
      styled: banner ? getComputedStyle(banner).borderTopStyle !== "none" || getComputedStyle(banner).backgroundColor !== "rgba(0, 0, 0, 0)" : false,
    };
  });
}
