// The demo page in Chromium: the NSO case is drawn, every event can be hovered and its
// tooltip read, quotes carry their speakers, and a bad case shows an error inside the widget.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { open, inkFraction, hoverEvent, SHOTS, withBrowser } from "./browser.mjs";

const nso = JSON.parse(readFileSync(new URL("../../www/cases/nso-amnesty.json", import.meta.url)));
let browser, origin;
withBrowser((running) => ({ browser, origin } = running));

const tooltip = (page) => page.locator("#nso-case .ct-tooltip");

test("the demo draws the NSO case on a crisp canvas", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 1000, height: 900 }, deviceScaleFactor: 2 });
  const ink = await inkFraction(page, "#nso-case .ct-canvas");
  assert.ok(ink > 0.01, `canvas looks blank: ${(ink * 100).toFixed(2)}% ink`);
  const size = await page.$eval("#nso-case .ct-canvas", (c) => ({ w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight }));
  assert.equal(size.w, Math.round(size.cw * 2), "backing store width follows DPR 2");
  assert.equal(size.h, Math.round(size.ch * 2), "backing store height follows DPR 2");
  await page.screenshot({ path: `${SHOTS}demo-1000-dpr2.png`, fullPage: true });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("hovering each event shows a tooltip naming it", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 1000, height: 900 } });
  for (const event of nso.events) {
    await hoverEvent(page, event.id);
    await tooltip(page).waitFor({ state: "visible" });
    const text = await tooltip(page).textContent();
    assert.ok(text.includes(event.title), `tooltip for ${event.id} says: ${text}`);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("a tooltip shows the quotes that fit, with their speakers, and counts the rest; the details show them all", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 1000, height: 900 } });
  const statement = nso.events.find((e) => e.id === "amnesty-statement");
  await hoverEvent(page, statement.id);
  await tooltip(page).waitFor({ state: "visible" });
  const quotes = await tooltip(page).locator("blockquote").evaluateAll((els) =>
    els.map((b) => ({ text: b.querySelector(".ct-quote-text").textContent, by: b.querySelector(".ct-quote-by").textContent })));
  assert.ok(quotes.length >= 1 && quotes.length < statement.quotes.length, `${quotes.length} quotes in the tooltip`);
  assert.equal(quotes[0].text, `“${statement.quotes[0].text}”`);
  assert.match(quotes[0].by, /Molly Malekar/);
  const more = await tooltip(page).locator(".ct-tip-more").textContent();
  assert.equal(more, `${statement.quotes.length - quotes.length} more quotes — open details`);
  await page.screenshot({ path: `${SHOTS}demo-tooltip.png` });
  const box = await page.locator("#nso-case .ct-canvas").boundingBox();
  const a = await page.evaluate((id) => window.caseTimelines[0].eventAnchors().find((e) => e.id === id), statement.id);
  await page.mouse.click(box.x + a.x, box.y + a.y);
  const all = await page.locator("#nso-case .ct-details blockquote").evaluateAll((els) => els.map((b) => b.querySelector(".ct-quote-by").textContent));
  assert.equal(all.length, statement.quotes.length);
  assert.match(all.at(-1), /Amnesty International/);
  await page.context().close();
});

test("the tooltip stays while the pointer moves onto it, and Escape closes it", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 1000, height: 900 } });
  await hoverEvent(page, "nso-response");
  const box = await tooltip(page).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
  assert.ok(await tooltip(page).isVisible(), "tooltip closed when the pointer moved onto it");
  await page.locator("#nso-case .ct-root").focus();
  await page.keyboard.press("Escape");
  assert.ok(await tooltip(page).isHidden(), "Escape did not close the tooltip");
  await page.context().close();
});

test("a case that is not valid JSON shows a readable error inside the widget", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 800, height: 900 } });
  const result = await page.evaluate(async () => {
    const { CaseTimeline } = await import("/pkg/case_timeline.js");
    const host = document.createElement("div");
    document.body.append(host);
    const failed = new Promise((resolve) => host.addEventListener("error", (e) => resolve(e.detail), { once: true }));
    const t = CaseTimeline.mount(host, '{"version": 1,\n "title": "x",\n "events": [,]}', {});
    const detail = await failed;
    const banner = host.querySelector(".ct-banner");
    return { visible: !banner.hidden && banner.offsetHeight > 0, text: banner.textContent, detail, problems: t.problems() };
  });
  assert.ok(result.visible, "the error banner is not visible");
  assert.match(result.text, /3:13: JSON syntax: expected a value, found `,`/);
  assert.equal(result.detail.code, "invalid-case");
  assert.equal(result.problems.length, 1);
  assert.deepEqual(result.detail.problems.map((p) => [p.severity, p.kind, p.line, p.column]), [["error", "syntax", 3, 13]]);
  assert.equal(result.problems[0].text, result.detail.message);
  // The page's own timeline still works after the bad one.
  await hoverEvent(page, "ruling");
  await tooltip(page).waitFor({ state: "visible" });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
