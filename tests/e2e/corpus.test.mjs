// The malformed-JSON corpus in the widget (Chromium): every file of tests/corpus/malformed/ and
// the inputs too big to commit are mounted as text, one after another, in the page's one wasm
// instance. Each shows the banner with the same first line `case-timeline validate` prints (the
// .expected file), fires `error` (or `ready`, for the few files whose case can still be drawn),
// throws nothing on the host page; afterwards a valid case still mounts and draws, and the
// page's own timeline still answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import { open, inkFraction, hoverEvent, withBrowser } from "./browser.mjs";

const DIR = new URL("../corpus/malformed/", import.meta.url).pathname;
const files = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -".json".length))
  .sort()
  .map((name) => {
    const bytes = readFileSync(`${DIR}${name}.json`);
    // Bytes that are not UTF-8 reach the widget as U+FFFD (as fetch().text() gives them), so
    // only the CLI's message about the bytes differs; the rest must be the CLI's first line.
    return { name, utf8: isUtf8(bytes), expected: readFileSync(`${DIR}${name}.expected`, "utf8").trimEnd() };
  });
// Duplicate keys are errors, but the rest of these cases can be drawn: the widget draws them,
// readers see one plain line, and problems() lists the error.
const DRAWN_WITH_ERRORS = ["duplicate-1000-times", "duplicate-in-party", "duplicate-in-quote", "duplicate-title"];

let browser, origin;
withBrowser((running) => ({ browser, origin } = running));

/** The demo page, with a script-execution sentinel installed before any page script runs. */
async function openDemo() {
  return open(browser, `${origin}/`, { viewport: { width: 1000, height: 900 } }, { sentinel: true });
}

/** Runs in the page (as `window.__mountAndRead`): mounts `text` in a new element, reads what the
 * widget shows, destroys it. */
function mountAndRead() {
  window.__mountAndRead = async function (text) {
    const { CaseTimeline } = await import("/pkg/case_timeline.js");
    const el = document.createElement("div");
    document.body.append(el);
    const events = [];
    el.addEventListener("error", (e) => events.push({ type: "error", ...e.detail }));
    el.addEventListener("ready", () => events.push({ type: "ready" }));
    const settled = new Promise((resolve) => {
      el.addEventListener("ready", resolve, { once: true });
      el.addEventListener("error", resolve, { once: true });
    });
    let timeline = null;
    let thrown = null;
    try {
      timeline = CaseTimeline.mount(el, text, {});
      // ready and error are dispatched once mount has returned.
      await settled;
    } catch (e) {
      thrown = String(e);
    }
    const banner = el.querySelector(".ct-banner");
    const result = {
      thrown,
      events,
      visible: !!banner && !banner.hidden && banner.offsetHeight > 0,
      items: banner ? [...banner.querySelectorAll("li")].map((li) => li.textContent) : [],
      line: banner && !banner.hidden ? banner.textContent : null,
      problems: timeline ? timeline.problems().map((p) => p.text) : [],
    };
    try {
      timeline?.destroy();
    } catch (e) {
      result.thrown = `destroy: ${e}`;
    }
    el.remove();
    return result;
  };
}

function checkShown(name, r, expected, drawn) {
  const where = `${name}: ${JSON.stringify(r).slice(0, 400)}`;
  assert.equal(r.thrown, null, where);
  assert.ok(r.visible, `${where}: the banner is not visible`);
  if (drawn) assert.equal(r.line, "Some entries of this timeline could not be shown.", `${where}: the reader's line`);
  else assert.ok(r.items.length > 0 && r.items.every((i) => i.trim().length > 0), `${where}: the banner lists nothing`);
  assert.deepEqual(r.events.map((e) => e.type), [drawn ? "ready" : "error"], where);
  if (!drawn) {
    assert.equal(r.events[0].code, "invalid-case", where);
    assert.ok(r.events[0].message.length > 0, where);
  }
  if (expected !== null) {
    if (!drawn) assert.equal(r.items[0], expected, `${name}: the banner's first line`);
    assert.equal(r.problems[0], expected, `${name}: problems()[0]`);
    if (!drawn) assert.equal(r.events[0].message, expected, `${name}: the error event's message`);
  }
}

test("every malformed file shows the banner with its expected message, and nothing breaks", async () => {
  const started = Date.now();
  const page = await openDemo();
  await page.addScriptTag({ content: `(${mountAndRead})();` });
  const results = await page.evaluate(async (names) => {
    const read = window.__mountAndRead;
    // ignoreBOM keeps a leading byte-order mark, so the widget gets the file's text as it is.
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    const out = {};
    for (const name of names) {
      const response = await fetch(`/tests/corpus/malformed/${name}.json`);
      out[name] = response.ok ? await read(decoder.decode(await response.arrayBuffer())) : { thrown: `HTTP ${response.status}` };
    }
    return out;
  }, files.map((f) => f.name));
  assert.ok(files.length >= 100, `only ${files.length} files`);
  for (const f of files) {
    checkShown(f.name, results[f.name], f.utf8 ? f.expected : null, DRAWN_WITH_ERRORS.includes(f.name));
  }
  assert.deepEqual(await page.evaluate(() => window.__xssHits), []);
  assert.deepEqual(page.problems, []);

  // Inputs too big to commit, built in the page: 10⁶ levels of nesting, a 50 MB string (over the
  // 20 MiB limit), a 15 MB one (under it: the title is too long), and a JS string with a lone
  // surrogate (which no JSON file can hold).
  const huge = await page.evaluate(async () => {
    const read = window.__mountAndRead;
    return {
      lists: await read("[".repeat(1e6)),
      objects: await read('{"a": '.repeat(1e6)),
      big: await read(`{"version": 1, "title": "${"x".repeat(5e7)}", "events": []}`),
      under: await read(`{\n  "version": 1,\n  "title": "${"é".repeat(7.5e6)}",\n  "events": []\n}`),
      surrogate: await read('{"version": 1, "title": "Example \ud800 v. State"}'),
    };
  });
  checkShown("10⁶ lists", huge.lists, "1:66: JSON syntax: nesting is deeper than 64 levels", false);
  checkShown("10⁶ objects", huge.objects, "1:391: JSON syntax: nesting is deeper than 64 levels", false);
  checkShown("50 MB", huge.big, "the case is 50000041 bytes; the limit is 20971520 bytes", false);
  checkShown("15 MB", huge.under, "3:12: title: is 7500000 characters long; the limit is 500", false);
  checkShown("lone surrogate", huge.surrogate, '1:1: "events" is missing; a case needs at least one event', false);

  // After all of that, the same wasm instance mounts and draws a valid case…
  const nso = readFileSync(new URL("../../www/cases/nso-amnesty.json", import.meta.url), "utf8");
  const after = await page.evaluate(async (text) => {
    const { CaseTimeline } = await import("/pkg/case_timeline.js");
    const el = document.createElement("div");
    el.id = "after-corpus";
    document.body.append(el);
    let ready = false;
    el.addEventListener("ready", () => { ready = true; });
    const t = CaseTimeline.mount(el, text, {});
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return { ready, problems: t.problems().map((p) => p.text), anchors: t.eventAnchors().length, banner: el.querySelector(".ct-banner").hidden };
  }, nso);
  assert.deepEqual(after, { ready: true, problems: [], anchors: after.anchors, banner: true });
  assert.ok(after.anchors >= 4, `only ${after.anchors} events drawn`);
  const ink = await inkFraction(page, "#after-corpus .ct-canvas");
  assert.ok(ink > 0.01, `the canvas looks blank: ${(ink * 100).toFixed(2)}% ink`);
  // …and the page's own timeline still answers the pointer.
  await hoverEvent(page, "ruling");
  await page.locator("#nso-case .ct-tooltip").waitFor({ state: "visible" });
  assert.deepEqual(await page.evaluate(() => window.__xssHits), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
  console.log(`${files.length} files and 5 generated inputs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
