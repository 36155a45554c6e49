// Every reader's language (issue 15): a Hebrew and an Arabic case draw and say no English interface
// word, run from right to left (earliest event on the right, → to the earlier event, a drag that
// follows the finger, mirrored toolbar and tooltip), French and German show their own words, bad
// locales fall back with a warning, packs that cannot load fall back to English, failure panels
// speak the page's language, and axe-core (all five WCAG tags) finds nothing in any state, in
// English and Hebrew. Screenshots of Hebrew and Arabic at 1280 and 375 px go to target/e2e/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { axe, hoverEvent, inkFraction, SHOTS, withBrowser } from "./browser.mjs";

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"));
const english = read("locales/en.json");
const hebrewPack = read("locales/he.json");
const arabicPack = read("locales/ar.json");
const hebrew = read("www/cases/sample-hebrew.json");
const arabic = read("www/cases/sample-arabic.json");

/** Every fixed piece of every English interface string ("Other events", "Source:", "events in date order"). */
const ENGLISH_WORDS = [...new Set(Object.values(english.strings)
  .flatMap((v) => (typeof v === "string" ? [v] : Object.values(v)))
  .flatMap((v) => v.split(/\{\w+\}/))
  .map((piece) => piece.trim())
  .filter((piece) => /[A-Za-z]{2}/.test(piece)))];

let browser, origin;
withBrowser((running) => ({ browser, origin } = running));

/** Records every string drawn on each canvas (with its x in device px and alignment) on `canvas.__drawn`. */
function recordCanvasText() {
  const fill = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (text, x, ...rest) {
    (this.canvas.__drawn ??= []).push({ text: String(text), x, align: this.textAlign });
    return fill.call(this, text, x, ...rest);
  };
}

async function openPage(url, contextOptions = {}, { ready = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  await context.addInitScript(recordCanvasText);
  const page = await context.newPage();
  page.problems = [];
  page.warnings = [];
  page.on("pageerror", (e) => page.problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") page.problems.push(`console: ${m.text()}`);
    if (m.type() === "warning") page.warnings.push(m.text());
  });
  await page.goto(url);
  if (ready) await page.waitForSelector("html[data-ready=true]", { timeout: 20000 });
  return page;
}

const casePage = (file, query = "") => `${origin}/tests/embed/locale.html?case=${encodeURIComponent(file)}${query}`;

/** What the widget in `root` (a selector, or a <case-timeline> host with `shadow`) shows and says. */
async function shown(page, selector, shadow = false) {
  return page.evaluate(([selector, shadow]) => {
    const host = document.querySelector(selector);
    const root = (shadow ? host.shadowRoot : host).querySelector(".ct-root");
    const canvas = root.querySelector("canvas");
    const attributes = [...root.querySelectorAll("*"), root].flatMap((e) => ["aria-label", "title"].map((a) => e.getAttribute(a)).filter(Boolean));
    return {
      drawn: (canvas?.__drawn ?? []),
      canvasWidth: canvas?.width ?? 0,
      text: root.innerText,
      attributes,
      lang: root.getAttribute("lang"),
      dir: root.getAttribute("dir"),
      buttons: [...root.querySelectorAll("button")].map((b) => ({ text: b.textContent.trim(), name: b.getAttribute("aria-label") })),
    };
  }, [selector, shadow]);
}

function assertNoEnglish(view, where) {
  const drawn = view.drawn.map((d) => d.text);
  for (const word of ENGLISH_WORDS) {
    assert.ok(!drawn.some((t) => t.includes(word)), `${where}: the canvas draws the English "${word}"`);
    assert.ok(!view.text.includes(word), `${where}: the page shows the English "${word}"`);
    assert.ok(!view.attributes.some((a) => a.includes(word)), `${where}: an accessible name or title says the English "${word}"`);
  }
}

const byDate = (c) => [...c.events].sort((a, b) => a.date.replace("~", "").localeCompare(b.date.replace("~", "")));
const anchors = (page) => page.evaluate(() => Object.fromEntries(window.caseTimelines[0].eventAnchors().map((a) => [a.id, a.x])));
const live = (page) => page.$eval("#case .ct-live", (l) => l.textContent);
const frame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

for (const [name, file, c, pack] of [["Hebrew", "/www/cases/sample-hebrew.json", hebrew, hebrewPack], ["Arabic", "/www/cases/sample-arabic.json", arabic, arabicPack]]) {
  test(`${name}: no English interface word, drawn from right to left, → goes to the earlier event`, async () => {
    const page = await openPage(casePage(file));
    const view = await shown(page, "#case");
    assert.equal(view.lang, c.locale);
    assert.equal(view.dir, "rtl");
    assertNoEnglish(view, name);
    // Not a blank canvas: the legend's words of the pack are drawn, and the lane names sit on the right.
    const drawn = view.drawn.map((d) => d.text);
    for (const key of ["kind.filing", "kind.hearing", "kind.ruling", "legend.closed"]) {
      assert.ok(drawn.some((t) => t.includes(pack.strings[key])), `${name}: "${pack.strings[key]}" (${key}) is not drawn: ${drawn.join(" | ")}`);
    }
    const court = c.parties.find((p) => p.role === "court").name;
    const lane = view.drawn.find((d) => d.text.includes(court) && d.x > view.canvasWidth * 0.9);
    assert.ok(lane && lane.align === "end", `${name}: the court's lane name is not at the right edge: ${JSON.stringify(view.drawn.filter((d) => d.text.includes(court)))}`);
    assert.ok(view.text.includes(pack.strings["button.reset"]), "the Reset button speaks the language");
    for (const b of view.buttons) assert.ok(b.name.includes(b.text), `Label in Name: "${b.name}" lacks "${b.text}"`);
    assert.ok(await inkFraction(page, "#case .ct-canvas") > 0.01);

    const dates = byDate(c);
    const [earliest, latest] = [dates[0], dates[dates.length - 1]];
    const x = await anchors(page);
    assert.ok(x[earliest.id] > x[latest.id], `the earliest event (${x[earliest.id]}) must be right of the latest (${x[latest.id]})`);

    await page.locator("#case .ct-root").focus();
    assert.ok((await live(page)).includes(earliest.title), "focus starts at the earliest event");
    await page.keyboard.press("End");
    assert.ok((await live(page)).includes(latest.title));
    await page.keyboard.press("ArrowRight");
    const previous = dates[dates.length - 2];
    assert.ok((await live(page)).includes(previous.title), `→ goes to the earlier event: ${await live(page)}`);
    assert.ok(x[previous.id] > x[latest.id], "… which is drawn to the right");
    await page.keyboard.press("ArrowLeft");
    assert.ok((await live(page)).includes(latest.title), "← goes back to the later one");
    assertNoEnglish(await shown(page, "#case"), `${name} with the tooltip open`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test("Hebrew: the toolbar and the tooltip are mirrored, and a drag to the right shows later events", async () => {
  const page = await openPage(casePage("/www/cases/sample-hebrew.json"));
  const layout = await page.$eval("#case .ct-root", (root) => {
    const r = root.getBoundingClientRect();
    const reset = root.querySelector(".ct-zoom-reset").getBoundingClientRect();
    return { left: reset.left - r.left, width: r.width, direction: getComputedStyle(root.querySelector(".ct-toolbar")).direction };
  });
  assert.equal(layout.direction, "rtl");
  assert.ok(layout.left < layout.width / 2, `the toolbar sits on the left in right-to-left: ${JSON.stringify(layout)}`);
  const target = await hoverEvent(page, "דיון-ראשון");
  const tip = page.locator("#case .ct-tooltip");
  await tip.waitFor({ state: "visible" });
  const box = await tip.boundingBox();
  assert.equal(await tip.evaluate((t) => getComputedStyle(t).direction), "rtl");
  assert.ok(box.x + box.width <= target.x, `the tooltip opens to the left of its mark: ${JSON.stringify(box)} vs ${target.x}`);
  assertNoEnglish(await shown(page, "#case"), "Hebrew tooltip");

  await page.locator("#case .ct-root").focus();
  await page.keyboard.press("+");
  await page.keyboard.press("+");
  await frame(page);
  const before = await page.evaluate(() => window.caseTimelines[0].visibleRange());
  const canvas = await page.locator("#case .ct-canvas").boundingBox();
  const y = canvas.y + canvas.height - 30;
  await page.mouse.move(canvas.x + 300, y);
  await page.mouse.down();
  await page.mouse.move(canvas.x + 500, y, { steps: 5 });
  await page.mouse.up();
  await frame(page);
  const after = await page.evaluate(() => window.caseTimelines[0].visibleRange());
  assert.ok(Date.parse(after.start) > Date.parse(before.start), `dragging right in right-to-left shows later dates: ${JSON.stringify([before, after])}`);
  await page.context().close();
});

test("French and German demo cases show their own words", async () => {
  const page = await openPage(`${origin}/`, { viewport: { width: 1000, height: 900 } });
  for (const [id, tag, wrong] of [["french", "fr", ["Hearing", "Ruling", "Filing", "Reset"]], ["german", "de", ["Hearing", "Ruling", "Filing", "Reset"]]]) {
    const pack = read(`locales/${tag}.json`);
    const view = await shown(page, `#${id}`);
    const drawn = view.drawn.map((d) => d.text);
    assert.equal(view.lang, tag);
    assert.equal(view.dir, "ltr");
    for (const key of ["kind.hearing", "kind.ruling", "kind.filing"]) {
      assert.ok(drawn.some((t) => t.includes(pack.strings[key])), `${id}: "${pack.strings[key]}" is not drawn`);
    }
    assert.ok(view.text.includes(pack.strings["button.reset"]), `${id}: the Reset button says ${pack.strings["button.reset"]}`);
    assert.ok(drawn.some((t) => pack.months_short.includes(t)), `${id}: axis months in ${tag}: ${drawn.join(" | ")}`);
    for (const word of wrong) {
      assert.ok(!drawn.some((t) => t.includes(word)) && !view.text.includes(word), `${id}: English "${word}" shown`);
    }
    const list = await page.$eval(`#${id} .ct-list`, (l) => l.getAttribute("aria-label"));
    assert.match(list, tag === "fr" ? /événements par ordre chronologique/ : /Ereignisse in zeitlicher Reihenfolge/);
  }
  await page.context().close();
});

test("a bad locale option falls back to the case's language, an unknown case locale to English, with a warning; never a blank label", async () => {
  let page = await openPage(casePage("/www/cases/sample-hebrew.json", "&locale=not%20a%20tag!"));
  let view = await shown(page, "#case");
  assert.equal(view.lang, "he", "the case's language");
  let problems = await page.evaluate(() => window.caseTimelines[0].problems());
  assert.ok(problems.some((p) => p.path === "locale" && p.kind === "invalid" && p.severity === "warning"), JSON.stringify(problems));
  assertNoEnglish(view, "Hebrew after a bad option");
  await page.context().close();

  page = await openPage(casePage("/tests/embed/unknown-locale.json", "&locale=zz"));
  view = await shown(page, "#case");
  assert.equal(view.lang, "en");
  problems = await page.evaluate(() => window.caseTimelines[0].problems());
  assert.equal(problems.filter((p) => p.path === "locale" && p.kind === "invalid").length, 2, JSON.stringify(problems));
  assert.ok(view.buttons.every((b) => b.text && b.name), "no blank label");
  assert.ok(view.drawn.some((d) => d.text.includes(english.strings["kind.hearing"])), "English words");
  await page.context().close();
});

test("a language pack that cannot be loaded leaves English words with a console warning, not a blank widget", async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.route("**/locales/he.json", (route) => route.fulfill({ status: 404, body: "not found" }));
  const page = await context.newPage();
  const warnings = [];
  page.on("console", (m) => { if (m.type() === "warning") warnings.push(m.text()); });
  await page.goto(casePage("/www/cases/sample-hebrew.json"));
  await page.waitForSelector("html[data-ready=true]", { timeout: 20000 });
  const view = await shown(page, "#case");
  assert.ok(view.text.includes(english.strings["button.reset"]), "English words");
  assert.equal(view.dir, "rtl", "still Hebrew, so still right to left");
  assert.ok(warnings.some((w) => w.includes('"he" language pack')), warnings.join("\n"));
  assert.ok(await inkFraction(page, "#case .ct-canvas") > 0.01);
  await context.close();
});

test("right-to-left packs isolate the HTML they name (<case-timeline>, src, <script …>) so it reads left to right", () => {
  for (const [tag, pack] of [["he", hebrewPack], ["ar", arabicPack]]) {
    const text = pack.strings["js.no_case"];
    for (const code of ["<case-timeline>", "src", '<script type="application/json">']) {
      assert.ok(text.includes(`\u2066${code}\u2069`), `${tag} js.no_case: ${code} is not wrapped in U+2066 … U+2069: ${text}`);
    }
  }
});

test("<case-timeline>: the Hebrew case through the element, and failure panels in the page's language", async () => {
  let page = await openPage(`${origin}/tests/embed/element.html?src=/www/cases/sample-hebrew.json`);
  let view = await shown(page, "#t0", true);
  assert.equal(view.dir, "rtl");
  assertNoEnglish(view, "Hebrew element");
  await page.context().close();

  page = await openPage(`${origin}/tests/embed/element.html?src=/status/404&locale=he`);
  const panel = await page.$eval("#t0", (el) => {
    const root = el.shadowRoot.querySelector(".ct-failed");
    return { text: root.innerText, lang: root.lang, dir: root.dir, code: root.dataset.code };
  });
  assert.deepEqual([panel.code, panel.lang, panel.dir], ["case-http", "he", "rtl"]);
  assert.ok(panel.text.includes(hebrewPack.strings["js.failed"]) && panel.text.includes("HTTP 404"), panel.text);
  for (const word of ENGLISH_WORDS) assert.ok(!panel.text.includes(word), `the failure panel says the English "${word}"`);
  const detail = await page.evaluate(() => window.events.find((e) => e.type === "error").detail);
  assert.match(detail.message, /^Could not load the case from .*HTTP 404/, "the event's message stays English, for developers");
  await page.context().close();
});

test("<case-timeline> on a Hebrew page: a case that cannot be read and states no language explains itself in Hebrew; a drawn one without a locale stays English", async () => {
  const root = (page) => page.$eval("#t0", (el) => {
    const r = el.shadowRoot.querySelector(".ct-root");
    return { lang: r.lang, dir: r.dir, text: r.innerText };
  });
  let page = await openPage(`${origin}/tests/embed/element.html?src=/tests/embed/not-json.json&lang=he`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  let view = await root(page);
  assert.deepEqual([view.lang, view.dir], ["he", "rtl"], view.text);
  assert.ok(view.text.includes(hebrewPack.strings["banner.fatal"]), view.text);
  assert.ok(/\d+:\d+/.test(view.text), `the syntax error keeps its line and column: ${view.text}`);
  assert.equal((await page.evaluate(() => window.events[0])).type, "error");
  await page.context().close();

  page = await openPage(`${origin}/tests/embed/element.html?src=/tests/embed/no-locale.json&lang=he`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  view = await root(page);
  assert.deepEqual([view.lang, view.dir], ["en", "ltr"], "a case that can be drawn is shown in its own (default) language");
  assert.equal((await page.evaluate(() => window.events[0])).type, "ready");
  await page.context().close();
});

test("a case that cannot be drawn speaks its own locale without a locale attribute or option, and has no zoom toolbar", async () => {
  /** The panel's language and direction, its text, and whether the + − Reset toolbar can be seen. */
  const failed = (page, selector, shadow) => page.evaluate(([selector, shadow]) => {
    const host = document.querySelector(selector);
    const root = (shadow ? host.shadowRoot : host).querySelector(".ct-root");
    const visible = (e) => !!e && getComputedStyle(e).display !== "none" && e.getBoundingClientRect().height > 0;
    const toolbar = [...root.querySelectorAll(".ct-toolbar, .ct-toolbar button")].some(visible);
    return { lang: root.lang, dir: root.dir, text: root.innerText, toolbar, banner: visible(root.querySelector(".ct-banner")) };
  }, [selector, shadow]);
  // The package's mount() and <case-timeline>, on pages whose lang is "en".
  const pages = [
    [casePage("/tests/embed/hebrew-invalid.json"), "#case", false],
    [`${origin}/tests/embed/element.html?src=/tests/embed/hebrew-invalid.json`, "#t0", true],
  ];
  for (const [url, selector, shadow] of pages) {
    const page = await openPage(url);
    const view = await failed(page, selector, shadow);
    assert.deepEqual([view.lang, view.dir], ["he", "rtl"], url);
    assert.ok(view.banner && view.text.includes(hebrewPack.strings["banner.fatal"]), `${url}: ${view.text}`);
    assert.ok(view.text.includes("month 13 does not exist"), "the validation messages stay English, for editors");
    assert.equal(view.toolbar, false, `${url}: a zoom toolbar under a case that cannot be drawn`);
    await page.context().close();
  }
  // Drawn with some entries left out: the banner, and the toolbar stays.
  const page = await openPage(casePage("/tests/embed/hebrew-errors.json"));
  const view = await failed(page, "#case", false);
  assert.ok(view.banner && view.toolbar, JSON.stringify(view));
  await page.context().close();
});

test("axe-core with wcag2a, wcag2aa, wcag21a, wcag21aa and wcag22aa: initial, tooltip, details, error and phone, English and Hebrew", async () => {
  for (const [name, file, broken, hover] of [
    ["English", "/www/cases/nso-amnesty.json", "/www/examples/broken-case.json", "ruling"],
    ["Hebrew", "/www/cases/sample-hebrew.json", "/tests/embed/hebrew-errors.json", "דיון-ראשון"],
  ]) {
    let page = await openPage(casePage(file), { viewport: { width: 1000, height: 900 } });
    await axe(page, `${name}, initial`);
    await hoverEvent(page, hover);
    await page.locator("#case .ct-tooltip").waitFor({ state: "visible" });
    await axe(page, `${name}, tooltip`);
    await page.locator("#case .ct-root").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => !document.querySelector("#case .ct-details").hidden);
    await axe(page, `${name}, details`);
    await page.context().close();

    page = await openPage(casePage(broken), { viewport: { width: 1000, height: 900 } });
    assert.ok(await page.$eval("#case .ct-banner", (b) => !b.hidden), "the error banner is shown");
    if (name === "Hebrew") {
      const banner = await page.$eval("#case .ct-banner", (b) => ({ heading: b.querySelector("p").textContent, lang: b.querySelector("ul").lang }));
      assert.ok(!ENGLISH_WORDS.some((w) => banner.heading.includes(w)), `the banner heading is Hebrew: ${banner.heading}`);
      assert.equal(banner.lang, "en", "validation messages stay English, marked as such");
    }
    await axe(page, `${name}, error`);
    await page.context().close();

    page = await openPage(casePage(file), { viewport: { width: 375, height: 800 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
    await axe(page, `${name}, phone`);
    await page.context().close();
  }
});

test("screenshots: Hebrew and Arabic at 1280 and 375 px", async () => {
  for (const [tag, file, hover] of [["he", "/www/cases/sample-hebrew.json", "דיון-ראשון"], ["ar", "/www/cases/sample-arabic.json", "hearing"]]) {
    for (const [width, dpr] of [[1280, 2], [375, 3]]) {
      const page = await openPage(casePage(file), { viewport: { width, height: 900 }, deviceScaleFactor: dpr });
      await page.locator("#case").screenshot({ path: `${SHOTS}locale-${tag}-${width}.png` });
      await hoverEvent(page, hover);
      await page.locator("#case .ct-tooltip").waitFor({ state: "visible" });
      await page.screenshot({ path: `${SHOTS}locale-${tag}-${width}-tooltip.png` });
      assert.ok(await inkFraction(page, "#case .ct-canvas") > 0.01);
      await page.context().close();
    }
  }
  const page = await openPage(casePage("/www/cases/sample-hebrew.json", "&theme=dark"), { viewport: { width: 375, height: 900 }, deviceScaleFactor: 3, colorScheme: "dark" });
  await page.locator("#case").screenshot({ path: `${SHOTS}locale-he-375-dark.png` });
  assert.ok(await inkFraction(page, "#case .ct-canvas") > 0.01);
  await page.context().close();
});
