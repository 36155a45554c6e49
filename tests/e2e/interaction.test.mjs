// Interaction and accessibility against the real demo page: keyboard walk, details dialog,
// zoom and pan by wheel, drag, pinch, keys and buttons, the screen-reader list, deep links,
// right-to-left quotes, and axe-core (WCAG 2.0–2.2 A and AA, with 2.5.3 Label in Name) in every state.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { axe, open, hoverEvent, SHOTS, withBrowser } from "./browser.mjs";

const nso = JSON.parse(readFileSync(new URL("../../www/cases/nso-amnesty.json", import.meta.url)));
let browser, origin;
withBrowser((running) => ({ browser, origin } = running));

const range = (page, n = 0) => page.evaluate((n) => window.caseTimelines[n].visibleRange(), n);
const span = (r) => Date.parse(r.end + "Z") - Date.parse(r.start + "Z");
const frame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test("Tab enters the timeline once; arrows walk every event in date order; Enter and Escape open and close details", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 1000, height: 900 } });
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.closest("#nso-case") !== null && document.activeElement.classList.contains("ct-root")), true, "first Tab stop is the timeline");
  const sorted = [...nso.events].sort((a, b) => a.date.localeCompare(b.date.slice(0, 10)) || 0);
  const announced = [];
  for (let i = 0; i < nso.events.length; i++) {
    if (i > 0) await page.keyboard.press("ArrowRight");
    announced.push(await page.$eval("#nso-case .ct-live", (l) => l.textContent));
    const tip = await page.$eval("#nso-case .ct-tooltip", (t) => (t.hidden ? "" : t.textContent));
    assert.ok(announced[i].length <= 150);
    assert.ok(tip.length > 0, `no tooltip on focus at step ${i}`);
  }
  const titles = ["petition", "hearing-2020-01", "session-2020-02", "ruling", "amnesty-statement", "nso-response"].map((id) => nso.events.find((e) => e.id === id).title);
  titles.forEach((t, i) => assert.ok(announced[i].includes(t), `step ${i}: ${announced[i]} should name ${t}`));
  assert.equal(sorted.length, 6);

  // The listener is in place before the keys are pressed.
  await page.evaluate(() => {
    window.__selected = new Promise((r) => document.querySelector("#nso-case").addEventListener("select", (e) => r(e.detail.id), { once: true }));
  });
  await page.keyboard.press("Home");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => window.__selected), "petition");
  const dialog = await page.$eval("#nso-case .ct-details", (d) => ({ hidden: d.hidden, role: d.getAttribute("role"), label: d.getAttribute("aria-label"), focusInside: d.contains(document.activeElement) }));
  assert.deepEqual(dialog, { hidden: false, role: "dialog", label: `Details: ${titles[0]}`, focusInside: true });
  await page.screenshot({ path: `${SHOTS}details-open.png` });
  await axe(page, "details open");
  await page.keyboard.press("Escape");
  const after = await page.evaluate(() => ({ hidden: document.querySelector("#nso-case .ct-details").hidden, focus: document.activeElement.classList.contains("ct-root"), live: document.querySelector("#nso-case .ct-live").textContent }));
  assert.equal(after.hidden, true);
  assert.equal(after.focus, true, "focus returns to the timeline");
  assert.ok(after.live.includes(titles[0]), "focus is back on the same event");
  await page.keyboard.press("End");
  assert.ok((await page.$eval("#nso-case .ct-live", (l) => l.textContent)).includes(titles[5]));
  await page.keyboard.press("PageUp");
  const lane = await page.$eval("#nso-case .ct-live", (l) => l.textContent);
  assert.ok(lane.includes("Amnesty International Israel responds"), `PageUp went to ${lane}`);
  await page.context().close();
});

test("ctrl+wheel zooms around the pointer, drag pans, keys and buttons zoom and reset", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 1000, height: 900 } });
  // The whole canvas on screen (with the case's header it is taller than before).
  await page.locator("#nso-case .ct-canvas").evaluate((c) => c.scrollIntoView({ block: "end" }));
  const box = await page.locator("#nso-case .ct-canvas").boundingBox();
  const full = await range(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -400);
  await page.keyboard.up("Control");
  await frame(page);
  const zoomed = await range(page);
  assert.ok(span(zoomed) < span(full) * 0.7, `wheel did not zoom: ${JSON.stringify(zoomed)}`);

  await page.mouse.move(box.x + 300, box.y + box.height - 60);
  await page.mouse.down();
  await page.mouse.move(box.x + 500, box.y + box.height - 60, { steps: 5 });
  await page.mouse.up();
  await frame(page);
  const panned = await range(page);
  assert.ok(Date.parse(panned.start) < Date.parse(zoomed.start), "dragging right shows earlier dates");
  assert.ok(Math.abs(span(panned) - span(zoomed)) < 1000, "panning keeps the span");

  await page.click("#nso-case .ct-zoom-reset");
  await frame(page);
  assert.deepEqual(await range(page), full);
  await page.click("#nso-case .ct-zoom-in");
  await frame(page);
  assert.ok(span(await range(page)) < span(full));
  await page.locator("#nso-case .ct-root").focus();
  await page.keyboard.press("0");
  await frame(page);
  assert.deepEqual(await range(page), full);
  await page.keyboard.press("+");
  await frame(page);
  const plus = await range(page);
  assert.ok(span(plus) < span(full));
  await page.keyboard.press("-");
  await frame(page);
  assert.ok(span(await range(page)) > span(plus));
  const size = await page.$eval("#nso-case .ct-zoom-in", (b) => b.getBoundingClientRect());
  assert.ok(size.width >= 24 && size.height >= 24, "zoom buttons are at least 24×24");
  await page.context().close();
});

test("a two-finger pinch zooms and a vertical swipe is left to the page", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 1000, height: 900 }, hasTouch: true });
  const full = await range(page);
  await page.$eval("#nso-case .ct-canvas", (c) => {
    const r = c.getBoundingClientRect();
    const y = r.top + r.height - 50;
    const fire = (type, id, x) => c.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: "touch", clientX: r.left + x, clientY: y, bubbles: true, isPrimary: id === 1 }));
    fire("pointerdown", 1, 400);
    fire("pointerdown", 2, 500);
    fire("pointermove", 2, 600);
    fire("pointermove", 2, 700);
    fire("pointerup", 2, 700);
    fire("pointerup", 1, 400);
  });
  await frame(page);
  const pinched = await range(page);
  assert.ok(span(pinched) < span(full) * 0.5, `pinch did not zoom: ${JSON.stringify(pinched)}`);
  const touchAction = await page.$eval("#nso-case .ct-canvas", (c) => getComputedStyle(c).touchAction);
  assert.equal(touchAction, "pan-y", "vertical swipes scroll the page");
  await page.context().close();
});

test("the screen-reader list mirrors every event; the region is named after the case", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 1000, height: 900 } });
  // The list is built in idle time after the first drawing; aria-busy goes once it is complete.
  await page.waitForSelector("#nso-case .ct-list:not([aria-busy])");
  const info = await page.$eval("#nso-case .ct-root", (root) => ({
    role: root.getAttribute("role"),
    label: root.getAttribute("aria-label"),
    items: root.querySelectorAll(".ct-list > li").length,
    times: [...root.querySelectorAll(".ct-list time")].map((t) => t.getAttribute("datetime")),
    quotes: root.querySelectorAll(".ct-list blockquote").length,
    canvasHidden: root.querySelector("canvas").getAttribute("aria-hidden"),
    live: root.querySelector(".ct-live").getAttribute("aria-live"),
  }));
  assert.equal(info.role, "region");
  assert.equal(info.label, `Timeline: ${nso.title}`);
  assert.equal(info.items, nso.events.length);
  assert.deepEqual(info.times, ["2019-05", "2020-01-16", "2020-02", "2020-07-13", "2020-07-13", "2020-07-13"]);
  assert.equal(info.quotes, nso.events.reduce((n, e) => n + (e.quotes?.length ?? 0), 0));
  assert.equal(info.canvasHidden, "true");
  assert.equal(info.live, "polite");
  await page.context().close();
});

test("axe-core finds no WCAG 2.x A/AA violations (wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa): initial, tooltip, error banner, 320 px, dark", async () => {
  for (const [state, options] of [["initial", {}], ["320 px", { viewport: { width: 320, height: 800 } }], ["dark", { colorScheme: "dark" }]]) {
    const page = await open(browser, `${origin}/`, { viewport: { width: 1000, height: 900 }, ...options });
    await axe(page, state);
    if (state === "initial") {
      await hoverEvent(page, "ruling");
      await page.locator("#nso-case .ct-tooltip").waitFor({ state: "visible" });
      await axe(page, "tooltip open");
      const banner = await page.$eval("#broken .ct-banner", (b) => !b.hidden);
      assert.ok(banner, "the error banner is on the page");
    }
    await page.context().close();
  }
});

test("Hebrew: dates in Hebrew, quotes right to left with their language", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 1000, height: 900 } });
  const n = await page.evaluate(() => [...document.querySelectorAll("[data-case]")].findIndex((e) => e.id === "hebrew"));
  await hoverEvent(page, "דיון-ראשון", n);
  const tip = page.locator("#hebrew .ct-tooltip");
  await tip.waitFor({ state: "visible" });
  const q = await page.$eval("#hebrew .ct-tooltip .ct-quote-text", (p) => ({ lang: p.getAttribute("lang"), dir: getComputedStyle(p).direction, text: p.textContent }));
  assert.equal(q.lang, "he");
  assert.equal(q.dir, "rtl");
  assert.match(q.text, /חלק מהחומר חסוי/);
  const date = await page.$eval("#hebrew .ct-tooltip .ct-tip-date", (p) => p.textContent);
  assert.match(date, /[\u0590-\u05FF]/, `date not in Hebrew: ${date}`);
  await page.locator("#hebrew").screenshot({ path: `${SHOTS}hebrew-tooltip.png` });
  await page.context().close();
});

test("deep links open their event on load and on hashchange, in any script", async () => {
  const page = await open(browser, `${origin}/#event-ruling`, { viewport: { width: 1000, height: 900 } });
  const label = () => page.$eval("#nso-case .ct-details", (d) => (d.hidden ? null : d.getAttribute("aria-label")));
  assert.equal(await label(), `Details: ${nso.events.find((e) => e.id === "ruling").title}`);
  await page.evaluate(() => { location.hash = "#event-petition"; });
  await page.waitForFunction(() => document.querySelector("#nso-case .ct-details").getAttribute("aria-label")?.includes("petitions"));
  await page.evaluate(() => { location.hash = "#event-" + encodeURIComponent("פסק-הדין"); });
  await page.waitForFunction(() => !document.querySelector("#hebrew .ct-details").hidden);
  assert.match(await page.$eval("#hebrew .ct-details", (d) => d.getAttribute("aria-label")), /בית המשפט דוחה את העתירה/);
  await page.context().close();
});

test("a tap previews an event in the tooltip; a second tap pins its details", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
  // On a phone the timeline runs down the page: bring the ruling on screen first.
  const target = await page.evaluate(() => {
    const a = window.caseTimelines[0].eventAnchors().find((e) => e.id === "ruling");
    const canvas = document.querySelector("#nso-case canvas");
    window.scrollTo(0, canvas.getBoundingClientRect().top + window.scrollY + a.y - 300);
    const r = canvas.getBoundingClientRect();
    return { x: r.left + a.x, y: r.top + a.y };
  });
  await page.touchscreen.tap(target.x, target.y);
  await page.locator("#nso-case .ct-tooltip").waitFor({ state: "visible" });
  assert.match(await page.$eval("#nso-case .ct-tooltip", (t) => t.textContent), /Court rejects Amnesty/);
  await page.touchscreen.tap(target.x, target.y);
  await page.waitForFunction(() => !document.querySelector("#nso-case .ct-details").hidden);
  const buttons = await page.$eval("#nso-case .ct-zoom-in", (b) => b.getBoundingClientRect().height);
  assert.ok(buttons >= 44, `buttons on a touch screen are ${buttons}px tall`);
  await page.screenshot({ path: `${SHOTS}phone-details.png` });
  await page.context().close();
});

test("phone: a tap on each event in turn shows its own tooltip, clear of its title; the tooltip never swallows the next tap", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 375, height: 812 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true });
  const anchors = await page.evaluate(() => window.caseTimelines[0].eventAnchors());
  assert.equal(anchors.length, nso.events.length, "every event is drawn in the column");
  /** Where event `a`'s mark is on screen, after scrolling it to `at` px from the top when given. */
  const place = (a, at = null) => page.evaluate(([a, at]) => {
    const canvas = document.querySelector("#nso-case canvas");
    if (at !== null) window.scrollTo(0, canvas.getBoundingClientRect().top + window.scrollY + a.y - at);
    const r = canvas.getBoundingClientRect();
    return { x: r.left + a.x, y: r.top + a.y };
  }, [a, at]);
  const tooltip = () => page.$eval("#nso-case .ct-tooltip", (t) => {
    const r = t.getBoundingClientRect();
    return { hidden: t.hidden, text: t.textContent, top: r.top, bottom: r.bottom };
  });
  // First with the page left where it is whenever the next mark is on screen (perhaps under the
  // last tooltip), then with each mark scrolled to the same place first.
  for (const scroll of [false, true]) {
    for (const a of anchors) {
      let target = await place(a);
      if (scroll || target.y < 20 || target.y > 812 - 20) target = await place(a, 300);
      await page.touchscreen.tap(target.x, target.y);
      const shown = await page.waitForFunction((title) => {
        const t = document.querySelector("#nso-case .ct-tooltip");
        return !t.hidden && t.textContent.includes(title);
      }, a.title, { timeout: 5000 }).then(() => true, () => false);
      const tip = await tooltip();
      assert.ok(shown, `tapping "${a.id}" shows ${tip.hidden ? "no tooltip" : JSON.stringify(tip.text.slice(0, 60))}`);
      // Below its event's block or above it: never over the mark or the first line of the title beside it.
      assert.ok(tip.top >= target.y + 20 || tip.bottom <= target.y - 12, `the tooltip of "${a.id}" (${tip.top}–${tip.bottom}) covers its mark at ${target.y}`);
      if (!scroll && a === anchors[1]) await page.screenshot({ path: `${SHOTS}phone-tap-tooltip.png` });
    }
  }
  // A second tap on the same mark opens its details.
  const last = anchors[anchors.length - 1];
  const target = await place(last);
  await page.touchscreen.tap(target.x, target.y);
  await page.waitForFunction(() => !document.querySelector("#nso-case .ct-details").hidden);
  assert.ok((await page.$eval("#nso-case .ct-details", (d) => d.textContent)).includes(last.title));
  await page.context().close();
});

test("with the hash option, selecting an event writes #event-<id>", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 1000, height: 900 } });
  const hash = await page.evaluate(async () => {
    const { CaseTimeline } = await import("/pkg/case_timeline.js");
    const host = document.createElement("div");
    document.body.append(host);
    const json = await (await fetch("/www/cases/sample-hebrew.json")).text();
    const t = CaseTimeline.mount(host, json, { hash: true });
    t.select("פסק-הדין");
    return decodeURIComponent(location.hash);
  });
  assert.equal(hash, "#event-פסק-הדין");
  await page.context().close();
});

test("dates follow the case's locale through Intl (de, ar, he-IL)", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 1000, height: 900 } });
  const dates = await page.evaluate(async () => {
    const { CaseTimeline } = await import("/pkg/case_timeline.js");
    const out = {};
    for (const locale of ["de", "ar", "he-IL"]) {
      const host = document.createElement("div");
      document.body.append(host);
      const json = JSON.stringify({ version: 1, title: "T", locale, events: [{ id: "a", date: "2020-07-13", kind: "ruling", title: "R" }] });
      CaseTimeline.mount(host, json, {});
      // The screen-reader list is built in idle time after the first drawing.
      while (host.querySelector(".ct-list[aria-busy]")) await new Promise((r) => requestAnimationFrame(r));
      out[locale] = host.querySelector(".ct-list time").textContent;
    }
    return out;
  });
  assert.match(dates.de, /Juli 2020/);
  assert.match(dates.ar, /[\u0600-\u06FF]/);
  assert.match(dates["he-IL"], /ביולי/);
  await page.context().close();
});

test("phone: a tap does not flash the whole timeline with the browser's tap highlight (page and <case-timeline>)", async () => {
  const phone = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
  const page = await open(browser, `${origin}/`, phone);
  const colours = await page.$$eval(".ct-canvas", (all) => all.map((c) => getComputedStyle(c).webkitTapHighlightColor));
  assert.ok(colours.length > 1);
  for (const colour of colours) assert.equal(colour, "rgba(0, 0, 0, 0)", "the canvas keeps the default tap highlight");
  await page.context().close();
  const context = await browser.newContext(phone);
  const embed = await context.newPage();
  await embed.goto(`${origin}/www/embed.html?src=cases/sample-arabic.json`);
  await embed.waitForFunction(() => document.querySelector("case-timeline")?.timeline);
  const inElement = await embed.evaluate(() => getComputedStyle(document.querySelector("case-timeline").shadowRoot.querySelector(".ct-canvas")).webkitTapHighlightColor);
  assert.equal(inElement, "rgba(0, 0, 0, 0)");
  await context.close();
});

test("phone column inside <case-timeline> (shadow DOM): the arrow keys scroll each focused event and its tooltip into view", async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${origin}/www/embed.html?src=cases/nso-amnesty.json`);
  await page.waitForFunction(() => document.querySelector("case-timeline")?.timeline);
  assert.equal(await page.evaluate(() => document.querySelector("case-timeline").shadowRoot.querySelector(".ct-root").dataset.layout), "column");
  await page.keyboard.press("Tab");
  const seen = [];
  for (let i = 0; i < nso.events.length; i++) {
    if (i > 0) await page.keyboard.press("ArrowRight");
    const at = await page.evaluate(() => {
      const root = document.querySelector("case-timeline").shadowRoot.querySelector(".ct-root");
      const tip = root.querySelector(".ct-tooltip").getBoundingClientRect();
      return { live: root.querySelector(".ct-live").textContent, top: tip.top, bottom: tip.bottom, height: innerHeight };
    });
    seen.push(at.live);
    assert.ok(at.top >= 0 && at.bottom <= at.height, `step ${i} (${at.live}): its tooltip is at ${Math.round(at.top)}–${Math.round(at.bottom)} px, off a ${at.height} px screen`);
  }
  assert.equal(new Set(seen).size, nso.events.length, "every event was focused in turn");
  await context.close();
});
