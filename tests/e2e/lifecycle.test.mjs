// Many widgets and their lifecycle: a forced panic stays inside its widget, twenty widgets share
// a page, and mount/destroy cycles release every listener and observer without leaking memory.
import { test } from "node:test";
import assert from "node:assert/strict";
import { open, inkFraction, hoverEvent, withBrowser } from "./browser.mjs";

let browser, origin;
withBrowser((running) => ({ browser, origin } = running));

// Counts live listeners and observed elements, installed before any page script runs.
const COUNTERS = () => {
  const live = new Map();
  const key = (t, type, f, capture) => { if (!live.has(t)) live.set(t, new Set()); return `${type}|${capture ? 1 : 0}`; };
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const ids = new WeakMap();
  let next = 0;
  const idOf = (f) => { if (!ids.has(f)) ids.set(f, ++next); return ids.get(f); };
  window.__listeners = 0;
  const registered = new Set();
  EventTarget.prototype.addEventListener = function (type, f, o) {
    const k = `${idOf(this)}|${type}|${idOf(f)}|${typeof o === "object" ? !!o?.capture : !!o}`;
    if (f && !registered.has(k)) { registered.add(k); window.__listeners++; }
    return add.call(this, type, f, o);
  };
  EventTarget.prototype.removeEventListener = function (type, f, o) {
    const k = `${idOf(this)}|${type}|${idOf(f)}|${typeof o === "object" ? !!o?.capture : !!o}`;
    if (registered.delete(k)) window.__listeners--;
    return remove.call(this, type, f, o);
  };
  window.__observed = 0;
  const observe = ResizeObserver.prototype.observe;
  const disconnect = ResizeObserver.prototype.disconnect;
  const counts = new WeakMap();
  ResizeObserver.prototype.observe = function (el, o) { counts.set(this, (counts.get(this) || 0) + 1); window.__observed++; return observe.call(this, el, o); };
  ResizeObserver.prototype.disconnect = function () { window.__observed -= counts.get(this) || 0; counts.set(this, 0); return disconnect.call(this); };
  void key;
};

test("a forced panic shows an error panel in that widget only; the others keep working", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 1000, height: 900 } });
  const result = await page.evaluate(async () => {
    // The panic hook exists only in the test-hooks build (make hooks-build); it runs as its own
    // wasm instance beside the page's release one, whose NSO widget must keep working too.
    const glue = await import("/target/pkg-hooks/case_timeline.js");
    await glue.default();
    const { CaseTimeline } = glue;
    const host = document.createElement("div");
    document.body.prepend(host);
    const json = await (await fetch("/www/cases/nso-amnesty.json")).text();
    const t = CaseTimeline.mount(host, json, {});
    let thrown = null;
    try { t.__testPanic(); } catch (e) { thrown = String(e); }
    const banner = host.querySelector(".ct-banner");
    // A new widget after the panic still mounts and draws.
    const again = document.createElement("div");
    document.body.append(again);
    const t2 = CaseTimeline.mount(again, json, {});
    t.destroy();
    return { thrown, bannerVisible: !banner.hidden, text: banner.textContent, anchors: t2.eventAnchors().length, removed: !host.querySelector(".ct-root") };
  });
  assert.ok(result.thrown, "the panicking call throws to its caller");
  assert.ok(result.bannerVisible);
  assert.match(result.text, /stopped working because of an internal error/);
  assert.equal(result.anchors, 6, "a widget mounted after the panic works");
  assert.ok(result.removed, "destroy still removes a crashed widget");
  // The page's own NSO widget still answers the pointer.
  await hoverEvent(page, "ruling");
  await page.locator("#nso-case .ct-tooltip").waitFor({ state: "visible" });
  assert.deepEqual(page.problems.filter((p) => !p.includes("forced panic") && !p.includes("unreachable")), []);
  await page.context().close();
});

test("twenty widgets with different cases on one page all draw", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 900, height: 900 } });
  const count = await page.evaluate(async () => {
    const { CaseTimeline } = await import("/pkg/case_timeline.js");
    const files = ["nso-amnesty", "sample-hebrew", "sample-single-day", "dense-docket"];
    const texts = await Promise.all(files.map(async (f) => (await fetch(`/www/cases/${f}.json`)).text()));
    const grid = document.createElement("div");
    grid.id = "twenty";
    document.body.append(grid);
    for (let i = 0; i < 20; i++) {
      const host = document.createElement("div");
      host.className = "w20";
      grid.append(host);
      const data = JSON.parse(texts[i % texts.length]);
      data.title = `${data.title} (${i + 1})`;
      CaseTimeline.mount(host, JSON.stringify(data), { theme: i % 2 ? "dark" : "light" });
    }
    return grid.querySelectorAll(".ct-canvas").length;
  });
  assert.equal(count, 20);
  for (let i = 0; i < 20; i++) {
    const ink = await inkFraction(page, `#twenty .w20:nth-child(${i + 1}) .ct-canvas`);
    assert.ok(ink > 0.005, `widget ${i + 1} is blank`);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("100 mount/destroy cycles leave listeners and observers at baseline and memory flat", async () => {
  const context = await browser.newContext({ viewport: { width: 900, height: 800 } });
  await context.addInitScript(COUNTERS);
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForSelector("html[data-ready=true]");
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    return (await cdp.send("Runtime.getHeapUsage")).usedSize;
  };
  const cycles = (n) => page.evaluate(async (n) => {
    const { default: init, CaseTimeline } = await import("/pkg/case_timeline.js");
    const wasm = await init();
    const json = window.__nso ??= await (await fetch("/www/cases/nso-amnesty.json")).text();
    for (let i = 0; i < n; i++) {
      const host = document.createElement("div");
      document.body.append(host);
      const t = CaseTimeline.mount(host, json, {});
      t.select("ruling");
      t.destroy();
      t.free();
      host.remove();
    }
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return { listeners: window.__listeners, observed: window.__observed, wasm: wasm.memory.buffer.byteLength };
  }, n);
  // Warm-up: the first cycles compile code and fill inline caches, which is not a leak.
  const warm = await cycles(50);
  const jsBefore = await heap();
  const after100 = await cycles(100);
  const jsAfter = await heap();
  assert.equal(after100.listeners, warm.listeners, "listeners back at baseline");
  assert.equal(after100.observed, warm.observed, "observers back at baseline");
  // 5 %, or one 64 KiB page: the reader's memory is about 1 MB, so one page of the allocator's
  // high-water mark is already 6 % (a leak of 1 kB per cycle would be 100 kB here).
  const allowed = Math.max(warm.wasm * 1.05, warm.wasm + 65536);
  assert.ok(after100.wasm <= allowed, `wasm memory grew from ${warm.wasm} to ${after100.wasm}`);
  assert.ok(jsAfter <= jsBefore * 1.05, `JS heap grew from ${jsBefore} to ${jsAfter}`);
  console.log(`# listeners ${warm.listeners} → ${after100.listeners}; wasm ${warm.wasm} → ${after100.wasm} bytes; JS heap ${jsBefore} → ${jsAfter}`);
  await context.close();
});
