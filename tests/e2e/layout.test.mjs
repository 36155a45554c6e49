// Drawing in the browser: crisp at every device pixel ratio, legible from 320 to 1600 px in light
// and dark, themable through CSS custom properties, and usable under forced colours.
import { test } from "node:test";
import assert from "node:assert/strict";
import { open, inkFraction, SHOTS, withBrowser } from "./browser.mjs";

let browser, origin;
withBrowser((running) => ({ browser, origin } = running));

const canvasSize = (page, sel = "#nso-case .ct-canvas") =>
  page.$eval(sel, (c) => ({ w: c.width, h: c.height, cw: c.getBoundingClientRect().width, ch: c.getBoundingClientRect().height }));

for (const dpr of [1, 1.5, 2, 3]) {
  test(`the backing store is CSS size × ${dpr}`, async () => {
    const page = await open(browser, `${origin}/`, { viewport: { width: 900, height: 800 }, deviceScaleFactor: dpr });
    const s = await canvasSize(page);
    assert.equal(s.w, Math.round(s.cw * dpr));
    assert.equal(s.h, Math.round(s.ch * dpr));
    assert.ok((await inkFraction(page, "#nso-case .ct-canvas")) > 0.01);
    await page.context().close();
  });
}

for (const width of [320, 960, 1600]) {
  for (const scheme of ["light", "dark"]) {
    test(`the NSO case at ${width} px, ${scheme}: drawn, every event anchored inside the canvas`, async () => {
      const page = await open(browser, `${origin}/`, { viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 2 });
      const ink = await inkFraction(page, "#nso-case .ct-canvas");
      assert.ok(ink > 0.01, `blank canvas (${ink})`);
      const s = await canvasSize(page);
      const anchors = await page.evaluate(() => window.caseTimelines[0].eventAnchors());
      assert.equal(anchors.length, 6, "all six events are drawn, none merged");
      for (const a of anchors) assert.ok(a.x >= 0 && a.x <= s.cw && a.y >= 0 && a.y <= s.ch, `${a.id} outside the canvas`);
      const theme = await page.$eval("#nso-case .ct-root", (r) => r.dataset.theme);
      assert.equal(theme, scheme);
      const bg = await page.$eval("#nso-case .ct-canvas", (c) => [...c.getContext("2d").getImageData(1, 1, 1, 1).data].slice(0, 3));
      assert.deepEqual(bg, scheme === "dark" ? [0x15, 0x17, 0x1c] : [255, 255, 255]);
      await page.locator("#nso-case").screenshot({ path: `${SHOTS}nso-${width}-${scheme}.png` });
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }
}

test("CSS custom properties theme the canvas", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 900, height: 800 } });
  const pixel = await page.evaluate(async () => {
    const { CaseTimeline } = await import("/pkg/case_timeline.js");
    const host = document.createElement("div");
    host.style.setProperty("--ct-bg", "#fff3d6");
    document.body.append(host);
    const json = await (await fetch("/www/cases/nso-amnesty.json")).text();
    CaseTimeline.mount(host, json, { theme: "light" });
    return [...host.querySelector("canvas").getContext("2d").getImageData(1, 1, 1, 1).data].slice(0, 3);
  });
  assert.deepEqual(pixel, [0xff, 0xf3, 0xd6]);
  await page.context().close();
});

test("forced colours: drawn in system colours", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 900, height: 800 }, forcedColors: "active" });
  const ink = await inkFraction(page, "#nso-case .ct-canvas");
  assert.ok(ink > 0.005, `blank canvas under forced colours (${ink})`);
  const colours = await page.$eval("#nso-case .ct-root", (root) => {
    const c = root.querySelector("canvas").getContext("2d").getImageData(0, 0, 400, 200).data;
    const set = new Set();
    for (let i = 0; i < c.length; i += 4) set.add(`${c[i]},${c[i + 1]},${c[i + 2]}`);
    return set.size;
  });
  assert.ok(colours > 1);
  await page.locator("#nso-case").screenshot({ path: `${SHOTS}nso-forced-colors.png` });
  await page.context().close();
});

test("the gallery: dense docket, Hebrew, single day and the error state all render", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 1000, height: 900 } });
  for (const id of ["dense", "hebrew", "single-day"]) {
    assert.ok((await inkFraction(page, `#${id} .ct-canvas`)) > 0.01, `${id} is blank`);
  }
  const dense = await page.evaluate(() => window.caseTimelinesById.dense.eventAnchors().length);
  assert.ok(dense > 0 && dense < 200, `dense docket: ${dense} single marks (the rest in badges)`);
  await page.waitForSelector("#hebrew .ct-list:not([aria-busy])");
  const months = await page.$$eval("#hebrew .ct-list time", (ts) => ts.map((t) => t.textContent));
  assert.ok(months.some((m) => /[\u0590-\u05FF]/.test(m)), `Hebrew dates expected, got ${months}`);
  // Readers see one plain line; the details are in problems() (and the console).
  const banner = await page.$eval("#broken .ct-banner", (b) => ({ hidden: b.hidden, text: b.textContent }));
  assert.equal(banner.hidden, false);
  assert.equal(banner.text, "Some entries of this timeline could not be shown.");
  const broken = await page.evaluate(() => window.caseTimelinesById.broken.problems().map((p) => p.text));
  assert.ok(broken.some((t) => /events\[0\]\.date: "2023-02-30": February 2023 has 28 days/.test(t)), broken.join("\n"));
  await page.screenshot({ path: `${SHOTS}gallery.png`, fullPage: true });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("the widget accepts TimelineJS3 JSON directly (the package's mount converts it through the editor build)", async () => {
  const page = await open(browser, `${origin}/`, { viewport: { width: 1000, height: 900 } });
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  const result = await page.evaluate(async () => {
    const { mount } = await import("/www/index.js");
    const { CaseTimeline } = await import("/pkg/case_timeline.js");
    const json = await (await fetch("/tests/fixtures/timelinejs/nso-amnesty.tl.json")).text();
    const host = document.createElement("div");
    document.body.append(host);
    const t = await mount(host, json, {});
    // The reader's own mount reads only the case format, and says where TimelineJS is read.
    const raw = document.createElement("div");
    document.body.append(raw);
    const r = CaseTimeline.mount(raw, json, {});
    return {
      ids: t.eventAnchors().map((a) => a.id).sort(),
      banner: host.querySelector(".ct-banner").hidden,
      errors: t.problems().filter((p) => p.severity === "error").map((p) => p.text),
      raw: r.problems().map((p) => p.message),
    };
  });
  assert.deepEqual(result.ids, ["amnesty-statement", "hearing-2020-01", "nso-response", "petition", "ruling", "session-2020-02"]);
  assert.equal(result.banner, true, "no error banner for a clean TimelineJS file");
  assert.deepEqual(result.errors, []);
  assert.match(result.raw[0], /timelinejs input.*import it with the editor/);
  assert.ok(requests.some((p) => p === "/pkg-editor/case_timeline_bg.wasm"), "the editor build was loaded for the import");
  await page.context().close();
});

test("a case in our format never loads the editor build", async () => {
  const requests = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${origin}/www/embed.html?src=cases/nso-amnesty.json`);
  await page.waitForFunction(() => document.querySelector("case-timeline")?.timeline);
  assert.ok(requests.includes("/pkg/case_timeline_bg.wasm"));
  assert.deepEqual(requests.filter((p) => p.includes("pkg-editor")), []);
  await context.close();
});
