// The story at a glance (issue 14), in a real browser at the widths the issue names: every title
// drawn whole on phones (the canvas' drawn strings are recorded and compared with the case's
// titles), none cut at 768 px and wider, the case's header and every party drawn, tooltips that
// say how many quotes they leave out, the details panel in view on a phone, the ruling's outcome
// beside it, themes that change live (CSS custom properties, the theme attribute, the iframe's
// address), and axe-core in every new state. Screenshots go to target/e2e/story-*.png.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { open, SHOTS, withBrowser, recordDrawnText, drawnText, drawnWhole, axeViolations, hoverEvent } from "./browser.mjs";

const nso = JSON.parse(readFileSync(new URL("../../www/cases/nso-amnesty.json", import.meta.url)));
let browser, origin;
withBrowser((running) => ({ browser, origin } = running));

/** The demo page at `width`, recording what the canvases draw. */
async function demo(width, options = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, ...options });
  await recordDrawnText(context);
  const page = await context.newPage();
  page.problems = [];
  page.on("pageerror", (e) => page.problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") page.problems.push(`console: ${m.text()}`); });
  await page.goto(`${origin}/`);
  await page.waitForSelector("html[data-ready=true]", { timeout: 20000 });
  await frames(page);
  return page;
}

const frames = (page, n = 2) => page.evaluate((n) => new Promise((resolve) => {
  const step = (k) => (k === 0 ? resolve() : requestAnimationFrame(() => step(k - 1)));
  step(n);
}), n);

/** The titles of the first `n` events of a widget, in its (date) order, from its screen-reader list. */
const listTitles = (page, id, n) => page.$$eval(`#${id} .ct-list > li > span:first-of-type`, (spans, n) =>
  spans.slice(0, n).map((s) => s.textContent.replace(/^: /, "")), n);

const cut = (drawn) => drawn.filter((s) => s.includes("…"));

for (const width of [320, 375, 414]) {
  test(`at ${width} px (DPR 3) every NSO title and the dense docket's first 20 titles are drawn whole, in one column`, async () => {
    const page = await demo(width, { deviceScaleFactor: 3, isMobile: true, hasTouch: true });
    const drawn = await drawnText(page, "#nso-case .ct-canvas");
    assert.ok(drawn.length > 20, `only ${drawn.length} strings drawn`);
    for (const e of nso.events) assert.ok(drawnWhole(drawn, e.title), `"${e.title}" is not drawn whole at ${width} px: ${JSON.stringify(drawn)}`);
    assert.deepEqual(cut(drawn), [], "nothing of the NSO case is cut with …");
    // Time runs down the page: the marks are one under the other, in date order.
    const anchors = await page.evaluate(() => window.caseTimelines[0].eventAnchors());
    assert.equal(anchors.length, 6);
    assert.ok(anchors.every((a, i) => i === 0 || a.y > anchors[i - 1].y), JSON.stringify(anchors));
    assert.ok(new Set(anchors.map((a) => Math.round(a.x))).size === 1, "one column");
    // The first quote of each event under it, the others one tap away.
    const statement = nso.events.find((e) => e.id === "amnesty-statement");
    assert.ok(drawnWhole(drawn, `“${statement.quotes[0].text}”`), "the first quote is drawn");
    assert.ok(drawn.some((s) => s === "7 more quotes — open details"), "the other quotes are counted");
    // Party names on each event, dates under the titles, read once.
    assert.ok(drawn.filter((s) => s === "Tel Aviv District Court").length >= 3);
    assert.ok(drawn.includes("January 16, 2020") && !drawn.some((s) => s.includes("In January")));
    const dense = await drawnText(page, "#dense .ct-canvas");
    const first20 = await listTitles(page, "dense", 20);
    assert.equal(first20.length, 20);
    for (const title of first20) assert.ok(drawnWhole(dense, title), `dense docket: "${title}" is not drawn whole at ${width} px`);
    const phone = await page.$eval("#nso-case .ct-root", (r) => r.dataset.layout);
    assert.equal(phone, "column");
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

for (const width of [768, 1280, 1600]) {
  test(`at ${width} px no NSO title is cut; header, outcome and every party are drawn`, async () => {
    const page = await demo(width);
    const drawn = await drawnText(page, "#nso-case .ct-canvas");
    for (const e of nso.events) assert.ok(drawn.includes(e.title), `"${e.title}" is not drawn on one line at ${width} px`);
    assert.deepEqual(cut(drawn), [], `cut at ${width} px`);
    assert.ok(drawnWhole(drawn, nso.title), "the case's title");
    assert.ok(drawn.includes(`Outcome: ${nso.outcome}`), "the outcome in the header");
    assert.ok(drawn.includes(nso.outcome), "the outcome beside the ruling");
    for (const p of nso.parties) assert.ok(drawn.includes(p.name), `party ${p.name} is not drawn`);
    assert.ok(drawn.includes("Source: The Jerusalem Post"), "the source credit");
    assert.ok(drawn.includes("Other parties taking part"), "the dots are in the legend");
    assert.equal(await page.$eval("#nso-case .ct-root", (r) => r.dataset.layout), "lanes");
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test("the header in words for assistive technology; header: \"none\" leaves title, summary, outcome and credit out", async () => {
  const page = await demo(1280);
  const words = await page.$eval("#nso-case .ct-header", (h) => h.textContent);
  assert.ok(words.includes(nso.title) && words.includes("Outcome: Petition rejected"), words);
  for (const p of nso.parties) assert.ok(words.includes(p.name));
  const off = await page.evaluate(async () => {
    const { CaseTimeline } = await import("/pkg/case_timeline.js");
    const host = document.createElement("div");
    host.id = "no-header";
    document.body.prepend(host);
    const json = await (await fetch("/www/cases/nso-amnesty.json")).text();
    window.__noHeader = CaseTimeline.mount(host, json, { header: "none" });
    return host.querySelector(".ct-header").textContent;
  });
  assert.equal(off, "");
  await frames(page);
  const drawn = await drawnText(page, "#no-header .ct-canvas");
  assert.ok(!drawnWhole(drawn, nso.title) && !drawn.includes(`Outcome: ${nso.outcome}`), "the header is off");
  for (const p of nso.parties) assert.ok(drawn.includes(p.name), "the party list stays");
  assert.ok(drawn.includes(nso.events[0].title));
  await page.context().close();
});

test("a tooltip with more quotes than fit says how many more; Enter opens them all", async () => {
  const page = await demo(1280);
  await hoverEvent(page, "amnesty-statement");
  const tip = page.locator("#nso-case .ct-tooltip");
  await tip.waitFor({ state: "visible" });
  const shown = await tip.locator("blockquote").count();
  const statement = nso.events.find((e) => e.id === "amnesty-statement");
  assert.ok(shown >= 1 && shown < statement.quotes.length, `${shown} quotes shown`);
  const more = await tip.locator(".ct-tip-more").textContent();
  assert.equal(more, `${statement.quotes.length - shown} more quotes — open details`);
  const fits = await tip.evaluate((t) => t.scrollHeight <= t.clientHeight + 1);
  assert.ok(fits, "what the tooltip shows fits in it");
  assert.deepEqual(await axeViolations(page), [], "axe: tooltip with more quotes");
  await page.screenshot({ path: `${SHOTS}story-tooltip-more-1280.png` });
  // The keyboard: focus the statement, the tooltip says Enter opens the details, and they hold every quote.
  await page.locator("#nso-case .ct-root").focus();
  for (let i = 0; i < 10; i++) {
    if ((await page.$eval("#nso-case .ct-live", (l) => l.textContent)).includes(statement.title)) break;
    await page.keyboard.press("ArrowRight");
  }
  assert.match(await tip.locator(".ct-tip-hint").textContent(), /Press Enter/);
  await page.keyboard.press("Enter");
  const details = await page.$eval("#nso-case .ct-details", (d) => ({ hidden: d.hidden, quotes: d.querySelectorAll("blockquote").length, parties: d.querySelector(".ct-details-parties")?.textContent }));
  assert.deepEqual(details, { hidden: false, quotes: statement.quotes.length, parties: "Party: Amnesty International" });
  await page.context().close();
});

test("tooltip and details name every party of an event (the dots under its mark)", async () => {
  const page = await demo(1280);
  await hoverEvent(page, "hearing-2020-01");
  const parties = await page.locator("#nso-case .ct-tooltip .ct-tip-parties").textContent();
  assert.equal(parties, "Parties: Tel Aviv District Court, Amnesty International, Israel's Ministry of Defense (Defense Ministry), NSO Group");
  await page.context().close();
});

test("on a phone the first tap previews with a hint, the second pins the details in view, another tap replaces them", async () => {
  const page = await demo(375, { deviceScaleFactor: 3, isMobile: true, hasTouch: true, viewport: { width: 375, height: 700 } });
  const tapOn = async (id) => {
    await page.evaluate((id) => {
      const a = window.caseTimelines[0].eventAnchors().find((e) => e.id === id);
      const c = document.querySelector("#nso-case canvas");
      window.scrollTo(0, c.getBoundingClientRect().top + window.scrollY + a.y - 200);
    }, id);
    const target = await page.evaluate((id) => {
      const a = window.caseTimelines[0].eventAnchors().find((e) => e.id === id);
      const r = document.querySelector("#nso-case canvas").getBoundingClientRect();
      return { x: r.left + a.x, y: r.top + a.y };
    }, id);
    await page.touchscreen.tap(target.x, target.y);
  };
  assert.deepEqual(await axeViolations(page), [], "axe: phone column");
  await tapOn("amnesty-statement");
  const tip = page.locator("#nso-case .ct-tooltip");
  await tip.waitFor({ state: "visible" });
  assert.equal(await tip.locator(".ct-tip-hint").textContent(), "Tap again to open the details");
  const box = await tip.boundingBox();
  assert.ok(box.height > 40 && box.height <= 0.4 * 700 + 1, `the phone's tooltip is a preview, at most 40 % of the screen: ${box.height} px`);
  assert.deepEqual(await axeViolations(page), [], "axe: phone tooltip");
  await page.screenshot({ path: `${SHOTS}story-phone-tooltip-375.png` });
  await tapOn("amnesty-statement");
  await page.waitForFunction(() => !document.querySelector("#nso-case .ct-details").hidden);
  await page.waitForFunction(() => {
    const r = document.querySelector("#nso-case .ct-details").getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight && r.bottom > 0;
  });
  assert.ok(await tip.isHidden(), "the details replace the tooltip");
  assert.equal(await page.locator("#nso-case .ct-details blockquote").count(), 8);
  assert.deepEqual(await axeViolations(page), [], "axe: phone details");
  await page.screenshot({ path: `${SHOTS}story-phone-details-375.png` });
  await tapOn("ruling");
  await page.waitForFunction(() => document.querySelector("#nso-case .ct-details").getAttribute("aria-label")?.includes("Court rejects"));
  assert.ok(await tip.isHidden(), "no tooltip over the details");
  await page.waitForFunction(() => {
    const r = document.querySelector("#nso-case .ct-details").getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight;
  });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("changing --ct-* after load redraws the canvas: a style property, or a class and the page's stylesheet", async () => {
  const page = await demo(1000);
  const pixel = (sel) => page.$eval(sel, (c) => [...c.getContext("2d").getImageData(2, 2, 1, 1).data].slice(0, 3));
  assert.deepEqual(await pixel("#nso-case .ct-canvas"), [255, 255, 255]);
  await page.$eval("#nso-case", (e) => e.style.setProperty("--ct-bg", "#fff3d6"));
  await page.waitForFunction(() => {
    const d = document.querySelector("#nso-case .ct-canvas").getContext("2d").getImageData(2, 2, 1, 1).data;
    return d[0] === 0xff && d[1] === 0xf3 && d[2] === 0xd6;
  }, null, { timeout: 10000 });
  // A class on an ancestor, through the page's own stylesheet.
  await page.addStyleTag({ content: ".ink-blue { --ct-bg: #e8f0ff; }" });
  await page.$eval("#nso-case", (e) => { e.style.removeProperty("--ct-bg"); e.parentElement.classList.add("ink-blue"); });
  await page.waitForFunction(() => {
    const d = document.querySelector("#nso-case .ct-canvas").getContext("2d").getImageData(2, 2, 1, 1).data;
    return d[0] === 0xe8 && d[1] === 0xf0 && d[2] === 0xff;
  }, null, { timeout: 10000 });
  await page.context().close();
});

test("the iframe embed takes the theme, padding and header through its address, and grows for the details", async () => {
  // (axe-core is injected as a script, which the embed's Trusted Types policy refuses.)
  const context = await browser.newContext({ viewport: { width: 900, height: 800 }, bypassCSP: true });
  await recordDrawnText(context);
  const page = await context.newPage();
  const query = new URLSearchParams({ src: "cases/nso-amnesty.json", "ct-bg": "#fff3d6", "ct-fg": "#222222", padding: "20", theme: "light" });
  await page.goto(`${origin}/www/embed.html?${query}`);
  await page.waitForFunction(() => document.querySelector("case-timeline")?.timeline);
  await page.waitForFunction(() => {
    const c = document.querySelector("case-timeline").shadowRoot.querySelector(".ct-canvas");
    const d = c?.getContext("2d").getImageData(2, 2, 1, 1).data;
    return d && d[0] === 0xff && d[1] === 0xf3 && d[2] === 0xd6;
  }, null, { timeout: 10000 });
  const padding = await page.evaluate(() => getComputedStyle(document.body).paddingLeft);
  assert.equal(padding, "20px");
  const drawn = await drawnText(page, "case-timeline .ct-canvas");
  assert.ok(drawnWhole(drawn, nso.title), "the header is drawn in the embed");
  assert.deepEqual(await axeViolations(page), [], "axe: themed embed");
  await page.screenshot({ path: `${SHOTS}story-embed-themed.png` });
  // The theme attribute changes live: dark.
  await page.$eval("case-timeline", (t) => t.setAttribute("theme", "dark"));
  await page.waitForFunction(() => document.querySelector("case-timeline").shadowRoot.querySelector(".ct-root")?.dataset.theme === "dark");
  // --ct-bg still wins over the dark default.
  await page.$eval("case-timeline", (t) => t.style.setProperty("--ct-bg", "#102030"));
  await page.waitForFunction(() => {
    const c = document.querySelector("case-timeline").shadowRoot.querySelector(".ct-canvas");
    const d = c?.getContext("2d").getImageData(2, 2, 1, 1).data;
    return d && d[0] === 0x10 && d[1] === 0x20 && d[2] === 0x30;
  }, null, { timeout: 10000 });
  // Opening the details makes the page taller, so an iframe sized to it shows every quote.
  const before = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
  await page.evaluate(() => document.querySelector("case-timeline").timeline.select("amnesty-statement"));
  await page.waitForFunction((h) => document.documentElement.getBoundingClientRect().height > h + 200, before);
  await context.close();

  const plain = await browser.newContext({ viewport: { width: 900, height: 800 } });
  await recordDrawnText(plain);
  const p2 = await plain.newPage();
  await p2.goto(`${origin}/www/embed.html?${new URLSearchParams({ src: "cases/nso-amnesty.json", header: "none" })}`);
  await p2.waitForFunction(() => document.querySelector("case-timeline")?.timeline);
  await frames(p2);
  const off = await drawnText(p2, "case-timeline .ct-canvas");
  assert.ok(off.length > 10 && !drawnWhole(off, nso.title), "header=none in the address");
  assert.ok(off.includes(nso.events[0].title));
  await plain.close();
});

test("a day-precision event on an hourly axis: at the day's centre, with the day-wide band in the legend", async () => {
  const page = await demo(1000);
  const result = await page.evaluate(async () => {
    const { CaseTimeline } = await import("/pkg/case_timeline.js");
    const host = document.createElement("div");
    host.id = "day-band";
    document.body.prepend(host);
    const json = JSON.stringify({ version: 1, title: "One day", events: [
      { id: "open", date: "2024-03-05T09:30", kind: "hearing", title: "Opens" },
      { id: "filed", date: "2024-03-05", kind: "filing", title: "Filed that day" },
      { id: "close", date: "2024-03-05T16:00", kind: "order", title: "Closes" },
    ] });
    const t = CaseTimeline.mount(host, json, {});
    const a = Object.fromEntries(t.eventAnchors().map((e) => [e.id, e.x]));
    return a;
  });
  // 09:30 → 16:00 spans 6.5 h; noon is 2.5 h after 09:30.
  const at = (result.filed - result.open) / (result.close - result.open);
  assert.ok(Math.abs(at - 2.5 / 6.5) < 0.02, `the day's mark at ${at}`);
  await frames(page);
  const drawn = await drawnText(page, "#day-band .ct-canvas");
  assert.ok(drawn.includes("Only the day is known"), JSON.stringify(drawn));
  await page.context().close();
});

for (const scheme of ["light", "dark"]) {
  test(`screenshots, ${scheme}: phone 375 px at DPR 3 and desktop 1,280 px, the NSO case and the dense docket; axe finds nothing`, async () => {
    for (const [width, dpr] of [[375, 3], [1280, 1]]) {
      const page = await open(browser, `${origin}/`, { viewport: { width, height: 900 }, deviceScaleFactor: dpr, colorScheme: scheme, isMobile: width < 480, hasTouch: width < 480 });
      await frames(page);
      for (const id of ["nso-case", "dense"]) {
        await page.locator(`#${id}`).screenshot({ path: `${SHOTS}story-${id}-${width}-${scheme}.png` });
      }
      assert.deepEqual(await axeViolations(page), [], `axe at ${width} px, ${scheme}`);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    }
  });
}
