// The browser shell's contract: events arrive after the call that raised them has returned,
// host listeners may call back into the timeline, and input paints the least it can.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { withBrowser, open } from "./browser.mjs";

let browser;
let origin;
withBrowser((running) => ({ browser, origin } = running));

const nso = readFileSync(new URL("../../www/cases/nso-amnesty.json", import.meta.url), "utf8");
const dense = readFileSync(new URL("../../www/cases/dense-docket.json", import.meta.url), "utf8");

/** Resolves after `n` animation frames of the page (a condition, not a duration). */
const frames = (page, n = 3) => page.evaluate((n) => new Promise((resolve) => {
  const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
  step(n);
}), n);

test("ready is dispatched after mount has returned, so a listener added right after it hears it", async () => {
  const page = await open(browser, `${origin}/`);
  const result = await page.evaluate(async (text) => {
    const { CaseTimeline } = await import("/pkg/case_timeline.js");
    const host = document.createElement("div");
    document.body.append(host);
    const order = [];
    const t = CaseTimeline.mount(host, text, {});
    order.push("returned");
    const detail = await new Promise((resolve) => host.addEventListener("ready", (e) => {
      order.push("ready");
      resolve(e.detail);
    }, { once: true }));
    return { order, problems: detail.problems, anchors: t.eventAnchors().length };
  }, nso);
  assert.deepEqual(result.order, ["returned", "ready"]);
  assert.deepEqual(result.problems, []);
  assert.equal(result.anchors, 6);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("a host select listener that calls select(otherId) takes effect", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 1000, height: 900 } });
  const result = await page.evaluate(async (text) => {
    const { CaseTimeline } = await import("/pkg/case_timeline.js");
    const host = document.createElement("div");
    document.body.append(host);
    const t = CaseTimeline.mount(host, text, {});
    await new Promise((resolve) => host.addEventListener("ready", resolve, { once: true }));
    const selected = [];
    let answer = null;
    host.addEventListener("select", (e) => {
      selected.push(e.detail.id);
      // From inside the widget's own event: redirect to another event.
      if (e.detail.id === "petition") answer = t.select("ruling");
    });
    const first = t.select("petition");
    const details = host.querySelector(".ct-details");
    return { first, answer, selected, open: !details.hidden, title: details.querySelector(".ct-details-title")?.textContent };
  }, nso);
  assert.equal(result.first, true);
  assert.equal(result.answer, true, "select() called from the listener was refused");
  assert.deepEqual(result.selected, ["petition", "ruling"]);
  assert.ok(result.open);
  assert.equal(result.title, "Court rejects Amnesty's petition");
  await page.context().close();
});

test("a host select listener that calls setCase(…) takes effect", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 1000, height: 900 } });
  const result = await page.evaluate(async ([text, other]) => {
    const { CaseTimeline } = await import("/pkg/case_timeline.js");
    const host = document.createElement("div");
    document.body.append(host);
    const t = CaseTimeline.mount(host, text, {});
    await new Promise((resolve) => host.addEventListener("ready", resolve, { once: true }));
    const replaced = new Promise((resolve) => {
      host.addEventListener("select", () => {
        host.addEventListener("ready", resolve, { once: true });
        t.setCase(other);
      }, { once: true });
    });
    t.select("ruling");
    await replaced;
    return { anchors: t.eventAnchors().length, label: host.querySelector(".ct-root").getAttribute("aria-label") };
  }, [nso, dense]);
  assert.match(result.label, /^Timeline: /);
  assert.doesNotMatch(result.label, /Amnesty/);
  assert.ok(result.anchors > 6, `the dense docket is drawn (${result.anchors} marks)`);
  await page.context().close();
});

test("a keypress that focuses an event inside a count badge zooms it out of the badge and paints at most twice", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 900, height: 900 } });
  await page.evaluate(async (text) => {
    // The paint counter exists only in the test-hooks build (make hooks-build).
    const glue = await import("/target/pkg-hooks/case_timeline.js");
    await glue.default();
    const host = document.createElement("div");
    host.id = "badges";
    document.body.prepend(host);
    window.__dense = glue.CaseTimeline.mount(host, text, {});
    await new Promise((resolve) => host.addEventListener("ready", resolve, { once: true }));
    host.querySelector(".ct-root").focus();
  }, dense);
  const titles = new Map(JSON.parse(dense).events.map((e) => [e.title, e.id]));
  let checked = null;
  for (let step = 0; step < 200 && !checked; step++) {
    const before = await page.evaluate(() => ({
      alone: window.__dense.eventAnchors().map((a) => a.id),
      paints: window.__dense.__paints(),
    }));
    await page.keyboard.press("ArrowRight");
    await frames(page);
    const after = await page.evaluate(() => ({
      live: document.querySelector("#badges .ct-live").textContent,
      alone: window.__dense.eventAnchors().map((a) => a.id),
      paints: window.__dense.__paints(),
    }));
    const id = titles.get(after.live.slice(after.live.indexOf(": ") + 2));
    assert.ok(id, `the live region names a focused event: ${after.live}`);
    if (!before.alone.includes(id)) checked = { id, painted: after.paints - before.paints, alone: after.alone.includes(id) };
  }
  assert.ok(checked, "no event of the dense docket was in a badge");
  assert.ok(checked.alone, `${checked.id} is still inside a badge after focusing it`);
  assert.ok(checked.painted >= 1 && checked.painted <= 2, `one keypress painted ${checked.painted} times`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
