// The editor page (www/editor.html) in a real browser: a pasted spreadsheet block with three
// mistakes shows exactly those problems naming their rows, the preview draws the rest, fixing
// the rows clears them, a problem takes the editor to its row; the embed code works in a plain
// page; the templates round-trip; case.json downloads and loads back; a reload restores the
// work; axe-core finds nothing; readers of an embed never download the editor's build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { open, inkFraction, SHOTS, withBrowser } from "./browser.mjs";

const AXE = new URL("../../www/node_modules/axe-core/axe.min.js", import.meta.url).pathname;
const THREE = readFileSync(new URL("../fixtures/sheet-three-mistakes.tsv", import.meta.url), "utf8");
const TIMELINEJS_CSV = readFileSync(new URL("../fixtures/timelinejs/nso-amnesty.csv", import.meta.url), "utf8");
let browser, origin;
withBrowser((running) => ({ browser, origin } = running));

const editorUrl = () => `${origin}/www/editor.html`;

async function openEditor(options = { viewport: { width: 1280, height: 900 } }) {
  const page = await open(browser, editorUrl(), options);
  await page.evaluate(() => localStorage.clear());
  return page;
}

/** Fills the paste box and waits until the editor has converted it. */
async function paste(page, text) {
  const before = await page.evaluate(() => Number(document.documentElement.dataset.revision || 0));
  await page.getByRole("textbox", { name: /Paste/ }).fill(text);
  await page.waitForFunction((n) => Number(document.documentElement.dataset.revision) > n, before);
}

async function problemTexts(page) {
  return page.getByRole("list", { name: "Problems", exact: true }).getByRole("listitem").allTextContents();
}

async function axe(page, state) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }));
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  assert.deepEqual(found, [], `axe violations (${state})`);
}

test("a 12-row paste with three mistakes shows exactly those three problems, draws the rest, and clears when fixed", async () => {
  const page = await openEditor();
  await paste(page, THREE);
  const problems = await problemTexts(page);
  assert.equal(problems.length, 3, problems.join("\n"));
  assert.match(problems[0], /row 5, column "date".*February 2020 has 29 days/);
  assert.match(problems[1], /row 6, column "speaker".*no speaker/);
  assert.match(problems[2], /row 13, column "role".*"villain" is not a role/);
  // The preview draws the other events, with the party of the unknown role kept.
  const drawn = await page.evaluate(() => window.caseEditor.timeline.eventAnchors().map((a) => a.id));
  assert.equal(drawn.length, 4, drawn.join(", "));
  assert.ok(await inkFraction(page, "#preview .ct-canvas") > 0.01, "the preview is blank");
  // Selecting a problem highlights its row and puts the caret in its cell.
  await page.getByRole("list", { name: "Problems", exact: true }).getByRole("button").nth(2).click();
  const at = await page.evaluate(() => {
    const area = document.getElementById("paste");
    const line = area.value.slice(0, area.selectionStart).split("\n").length;
    return { focused: document.activeElement === area, line, current: document.querySelector("#grid tr[aria-current=true]")?.dataset.row };
  });
  assert.deepEqual(at, { focused: true, line: 13, current: "13" });
  await page.screenshot({ path: `${SHOTS}editor-1280.png`, fullPage: true });
  await axe(page, "three problems");

  const fixed = THREE.replace("2020-02-30", "2020-02-20").replace("villain", "respondent")
    .replace("The petition is rejected.\t\t", "The petition is rejected.\tTel Aviv District Court\t");
  await paste(page, fixed);
  assert.deepEqual(await problemTexts(page), []);
  assert.match(await page.locator("#summary").textContent(), /No problems: 5 events/);
  assert.equal(await page.evaluate(() => window.caseEditor.timeline.eventAnchors().length), 5);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("the embed code, pasted into a plain page, shows the same timeline", async () => {
  const page = await openEditor();
  await paste(page, THREE);
  const code = await page.getByRole("textbox", { name: "Embed code", exact: true }).inputValue();
  assert.match(code, /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/www\/element\.js"><\/script>\n<case-timeline>/);
  const expected = await page.evaluate(() => window.caseEditor.timeline.eventAnchors().map((a) => a.id).sort());
  const dir = new URL("../../target/e2e/pages/", import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}embedded.html`, `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>A story</title></head>\n<body><h1>A story</h1>\n${code}\n</body></html>\n`);
  const reader = await browser.newPage();
  const requests = [];
  reader.on("request", (r) => requests.push(r.url()));
  await reader.goto(`${origin}/target/e2e/pages/embedded.html`);
  await reader.waitForFunction(() => document.querySelector("case-timeline")?.timeline?.eventAnchors().length > 0, null, { timeout: 20000 });
  const shown = await reader.evaluate(() => document.querySelector("case-timeline").timeline.eventAnchors().map((a) => a.id).sort());
  assert.deepEqual(shown, expected);
  // What the editor publishes is a clean case (the rows with mistakes were left out of it): no
  // banner for readers; and the editor's build is not downloaded.
  const line = await reader.evaluate(() => [...document.querySelector("case-timeline").shadowRoot.querySelectorAll(".ct-banner")].find((b) => !b.hidden)?.textContent ?? null);
  assert.equal(line, null);
  assert.ok(!requests.some((u) => u.includes("pkg-editor") || u.includes("editor")), requests.join("\n"));
  await reader.close();
  // "At an address" without one says so, and keeps the case in the tag until there is one.
  await page.getByLabel("At an address, where you publish case.json").check();
  assert.match(await page.locator("#case-url-help").textContent(), /Write the http\(s\) address/);
  assert.match(await page.getByRole("textbox", { name: "Embed code", exact: true }).inputValue(), /<script type="application\/json">/);
  await page.getByLabel("Address of case.json").fill("https://news.example/cases/x.json");
  await page.waitForFunction(() => document.getElementById("embed").value.includes('src="https://news.example/cases/x.json"'));
  assert.doesNotMatch(await page.locator("#case-url-help").textContent(), /Write the http/);
  await page.context().close();
});

test("both templates round-trip; case.json downloads and loads back as the same case; a reload restores the work", async () => {
  const page = await openEditor();
  for (const [name, text] of [["TimelineJS CSV", TIMELINEJS_CSV], ["our template", readFileSync(new URL("../../www/templates/case-template.csv", import.meta.url), "utf8")]]) {
    await paste(page, text);
    const errors = await page.evaluate(() => window.caseEditor.result.problems.filter((p) => p.severity === "error"));
    assert.deepEqual(errors, [], name);
    const json = await page.evaluate(() => window.caseEditor.result.json);
    const again = await page.evaluate((json) => {
      const r = window.caseEditor.result;
      return { format: r.format, events: r.events, valid: JSON.parse(json).version === 1 };
    }, json);
    assert.ok(again.events > 0 && again.valid, `${name}: ${JSON.stringify(again)}`);
  }
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download case.json" }).click()]);
  assert.equal(download.suggestedFilename(), "case.json");
  const file = `${SHOTS}case.json`;
  await download.saveAs(file);
  const before = await page.evaluate(() => ({ anchors: window.caseEditor.timeline.eventAnchors().map((a) => a.id), json: JSON.parse(window.caseEditor.result.json) }));
  await page.locator("#file").setInputFiles(file);
  await page.waitForFunction(() => window.caseEditor.state.source === "json" && window.caseEditor.result.format === "case");
  const after = await page.evaluate(() => ({ anchors: window.caseEditor.timeline.eventAnchors().map((a) => a.id), json: JSON.parse(window.caseEditor.result.json) }));
  assert.deepEqual(after, before);
  assert.deepEqual(JSON.parse(readFileSync(file, "utf8")), before.json);

  // A reload keeps the work (here: the case JSON just loaded, and the sheet behind it).
  await paste(page, THREE);
  await page.reload();
  await page.waitForSelector("html[data-ready=true]");
  assert.equal(await page.getByRole("textbox", { name: /Paste/ }).inputValue(), THREE);
  assert.equal((await problemTexts(page)).length, 3);
  await page.context().close();
});

test("a bad file and an unreachable URL are problems in the list; the PNG, SVG and social card download", async () => {
  const page = await openEditor();
  await page.locator("#file").setInputFiles({ name: "latin1.csv", mimeType: "text/csv", buffer: Buffer.from([0x64, 0x61, 0x74, 0x65, 0x0a, 0xe9]) });
  await page.waitForFunction(() => document.getElementById("problems").textContent.includes("latin1.csv"));
  assert.match((await problemTexts(page))[0], /not UTF-8/);
  await page.locator("#url").fill(`${origin}/status/404`);
  await page.getByRole("button", { name: "Load", exact: true }).click();
  await page.waitForFunction(() => document.getElementById("problems").textContent.includes("HTTP 404"));
  await page.locator("#url").fill(`${origin}/www/editor.html`);
  await page.getByRole("button", { name: "Load", exact: true }).click();
  await page.waitForFunction(() => document.getElementById("problems").textContent.includes("not CSV"));
  await page.locator("#url").fill(`${origin}/tests/fixtures/sheet-three-mistakes.tsv`);
  await page.getByRole("button", { name: "Load", exact: true }).click();
  await page.waitForFunction(() => document.querySelectorAll("#problems li").length === 3);

  for (const [button, name, check] of [
    ["Download SVG", "case-timeline.svg", (b) => assert.match(b.toString("utf8"), /^<svg/)],
    ["Download PNG", "case-timeline.png", (b) => assert.equal(b.subarray(1, 4).toString(), "PNG")],
    ["Download social card (1200×630)", "case-timeline-card.png", (b) => assert.deepEqual([b.readUInt32BE(16), b.readUInt32BE(20)], [1200, 630])],
  ]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
    assert.equal(download.suggestedFilename(), name);
    const path = `${SHOTS}${name}`;
    await download.saveAs(path);
    check(readFileSync(path));
  }
  await page.context().close();
});

test("the social card is in the case's language and direction, with the title once", async () => {
  const page = await openEditor();
  const inkOf = async (path) => page.evaluate(async (bytes) => {
    const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: "image/png" }));
    const c = new OffscreenCanvas(image.width, image.height);
    const ctx = c.getContext("2d");
    ctx.drawImage(image, 0, 0);
    // Where the dark title ink (#1b1e24) of the first line starts and ends.
    const { data } = ctx.getImageData(0, 40, image.width, 50);
    let left = image.width;
    let right = -1;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] < 80 && data[i + 1] < 80 && data[i + 2] < 80) {
        const x = (i / 4) % image.width;
        left = Math.min(left, x);
        right = Math.max(right, x);
        ink++;
      }
    }
    return { left, right, ink };
  }, [...readFileSync(path)]);
  const cards = {};
  for (const name of ["nso-amnesty", "sample-hebrew"]) {
    await page.locator("#file").setInputFiles(new URL(`../../www/cases/${name}.json`, import.meta.url).pathname);
    await page.waitForFunction(() => window.caseEditor.state.source === "json" && window.caseEditor.result.format === "case" && window.caseEditor.result.events > 0);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download social card (1200×630)" }).click()]);
    const path = `${SHOTS}card-${name}.png`;
    await download.saveAs(path);
    cards[name] = await inkOf(path);
  }
  const { en, he } = { en: cards["nso-amnesty"], he: cards["sample-hebrew"] };
  // The card's margin is 48 px: English starts at the left margin, Hebrew at the right one.
  assert.ok(en.ink > 500 && en.left >= 40 && en.left < 70, `English title starts on the left: ${JSON.stringify(en)}`);
  assert.ok(he.ink > 500 && he.right > 1130 && he.right <= 1160 && he.left > 100, `Hebrew title starts on the right: ${JSON.stringify(he)}`);
  // The timeline under the title is drawn without its own header.
  const title = JSON.parse(readFileSync(new URL("../../www/cases/sample-hebrew.json", import.meta.url), "utf8")).title;
  const drawn = await page.evaluate(async (url) => {
    const { caseSvg } = await import(url);
    const text = window.caseEditor.result.json;
    return { full: caseSvg(text, { width: 1104 }), bare: caseSvg(text, { width: 1104, header: false }) };
  }, `${origin}/pkg-editor/case_timeline.js`);
  const escaped = title.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll('"', "&quot;");
  assert.ok(drawn.full.includes(escaped), "the full picture has the title");
  assert.ok(drawn.bare.startsWith("<svg") && !drawn.bare.includes(escaped), "the card's picture has no title of its own");
  await page.context().close();
});

test("at 375 px the editor is one column, usable and axe-clean; a 5 MB paste stays responsive", async () => {
  const page = await openEditor({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 3 });
  await paste(page, THREE);
  // Nothing wider than the phone: the page does not scroll sideways (the grid scrolls in its box).
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375, "the page scrolls sideways at 375 px");
  await page.screenshot({ path: `${SHOTS}editor-375.png`, fullPage: true });
  await axe(page, "375 px");
  const rows = THREE.split("\n").slice(2, 7).join("\n");
  let big = THREE.split("\n").slice(0, 1).join("\n");
  while (big.length < 5_000_000) big += `\n${rows}`;
  const before = await page.evaluate(() => Number(document.documentElement.dataset.revision));
  await page.evaluate((text) => {
    const area = document.getElementById("paste");
    area.value = text;
    area.dispatchEvent(new Event("input"));
  }, big);
  // The page answers while the paste waits for a pause; then the preview follows.
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  await page.waitForFunction((n) => Number(document.documentElement.dataset.revision) > n, before, { timeout: 120000 });
  const events = await page.evaluate(() => window.caseEditor.result.events);
  assert.ok(events > 10000, `${events} events`);
  assert.equal(await page.evaluate(() => window.caseEditor.converter), "worker", "a large paste is read off the main thread");
  assert.ok(await inkFraction(page, "#preview .ct-canvas") > 0.01, "the preview of the large paste is blank");
  await page.context().close();
});

test("Draft from article: the NSO story becomes a case in the preview, with its quotes as written and the drafter's report; a text with nothing to draft says why", async () => {
  const article = readFileSync(new URL("../fixtures/nso-article.txt", import.meta.url), "utf8");
  const page = await openEditor();
  const section = page.getByRole("region", { name: "Draft from article" });
  await section.getByRole("textbox", { name: "Article text" }).fill("Nothing happened here at all.");
  await section.getByLabel("Published on").fill("2020-07-13");
  await section.getByRole("button", { name: "Draft the case" }).click();
  await page.waitForFunction(() => /No case could be drafted/.test(document.getElementById("draft-status").textContent));
  assert.match(await page.locator("#draft-status").textContent(), /nothing to draft/);

  const before = await page.evaluate(() => Number(document.documentElement.dataset.revision || 0));
  await section.getByRole("textbox", { name: "Article text" }).fill(article);
  await section.getByRole("button", { name: "Draft the case" }).click();
  await page.waitForFunction((n) => Number(document.documentElement.dataset.revision) > n, before);
  const status = await page.locator("#draft-status").textContent();
  assert.match(status, /Drafted from the article: \d+ events, \d+ quotes, \d+ people\./);
  const json = JSON.parse(await page.getByRole("textbox", { name: /Case JSON/ }).inputValue());
  const flat = (s) => s.replace(/\s+/g, " ");
  const quotes = json.events.flatMap((e) => e.quotes ?? []);
  assert.ok(json.events.length >= 3, `${json.events.length} events`);
  assert.ok(quotes.length >= 3, `${quotes.length} quotes`);
  for (const q of quotes) assert.ok(flat(article).includes(flat(q.text)), `not in the article as written: ${q.text}`);
  assert.ok(json.people.some((p) => p.name === "Molly Malekar"), JSON.stringify(json.people));
  assert.ok(json.events.some((e) => e.kind === "ruling" && e.date.startsWith("2020-07-13")), "the ruling of the 13th");
  // The preview draws the draft; the report says where each item came from.
  const drawn = await page.evaluate(() => window.caseEditor.timeline.eventAnchors().length);
  assert.equal(drawn, json.events.length);
  assert.ok(await inkFraction(page, "#preview .ct-canvas") > 0.01, "the preview is blank");
  await section.getByText("How the draft was made").click();
  assert.match(await page.locator("#notes-title").textContent(), /How your entries were read/);
  const explain = await page.locator("#draft-explain").textContent();
  assert.match(explain, /Molly Malekar/);
  assert.ok(explain.split("\n").length > json.events.length, "the report has a line per item");
  await page.screenshot({ path: `${SHOTS}editor-draft-1280.png`, fullPage: true });
  await axe(page, "drafted");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("sizes: what the editor downloads next to what a reader of an embed downloads", async () => {
  const measure = async (url, ready) => {
    const page = await browser.newPage();
    const urls = new Set();
    page.on("requestfinished", (r) => urls.add(r.url()));
    await page.goto(url);
    await page.waitForFunction(ready, null, { timeout: 20000 });
    await page.close();
    let gz = 0;
    const files = [];
    for (const u of urls) {
      const path = new URL(u).pathname;
      if (!path.match(/\.(js|wasm|css|html|csv)$/)) continue;
      const body = readFileSync(new URL(`../..${path}`, import.meta.url));
      gz += gzipSync(body, { level: 9 }).length;
      files.push(path);
    }
    return { gz, files };
  };
  const editor = await measure(editorUrl(), () => document.documentElement.dataset.ready === "true");
  const reader = await measure(`${origin}/www/embed.html?src=cases/nso-amnesty.json`, () => document.querySelector("case-timeline")?.timeline);
  console.log(`editor page: ${(editor.gz / 1024).toFixed(1)} KiB gzip -9 (${editor.files.join(", ")})`);
  console.log(`reader (embed.html): ${(reader.gz / 1024).toFixed(1)} KiB gzip -9 (${reader.files.join(", ")})`);
  assert.ok(!reader.files.some((f) => f.includes("editor")), reader.files.join(", "));
  assert.ok(editor.files.some((f) => f.includes("pkg-editor")), editor.files.join(", "));
});

test("pasted rows without a header row, or plain text, get a spreadsheet problem on row 1, never a JSON error", async () => {
  const page = await openEditor();
  // "Paste" names one field only (people and tests find the paste box by it).
  assert.equal(await page.getByLabel("Paste").count(), 1);
  assert.equal(await page.getByRole("textbox", { name: "Paste" }).count(), 1);
  for (const text of ["2020-03-01\tfiling\tA\tdoe", "hello world"]) {
    await paste(page, text);
    const problems = await problemTexts(page);
    assert.equal(problems.length, 1, problems.join("\n"));
    assert.match(problems[0], /^Error row 1: no header row: the first row must name the columns.*date, end date, display date, kind, title/);
    assert.doesNotMatch(problems[0], /JSON/);
  }
  // JSON pasted into the same box is still read as JSON.
  await paste(page, "{\"version\": 1,");
  assert.match((await problemTexts(page))[0], /JSON syntax/);
  // … and said to be: no grid of "rows", and the JSON is not "made from the spreadsheet".
  const nso = readFileSync(new URL("../../www/cases/nso-amnesty.json", import.meta.url), "utf8");
  await paste(page, nso);
  assert.equal(await page.locator("#grid tbody tr").count(), 0);
  assert.match(await page.locator("#grid-more").textContent(), /read as JSON/);
  const made = await page.locator("#json-state").textContent();
  assert.match(made, /Made from the JSON pasted above/);
  assert.doesNotMatch(made, /spreadsheet/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("a pasted sheet: an unclosed quote, an unknown column and an end before the start are problems, and the embed code's case is valid", async () => {
  const page = await openEditor();
  await paste(page, "date,kind,title,party\n2020-01-01,filing,\"Unclosed quote,x\n2020-02-01,hearing,ok,court\n");
  let problems = await problemTexts(page);
  assert.equal(problems.length, 1, problems.join("\n"));
  assert.match(problems[0], /^Warning row 2, column "title": the quotation mark \("\) that starts this cell is never closed/);
  assert.match(await page.locator("#summary").textContent(), /2 events in the timeline/);

  await paste(page, "date\tend date\tkind\ttitle\tjudge\n2020-05-01\t2020-04-01\thearing\tTrial\tX\n");
  problems = await problemTexts(page);
  assert.equal(problems.length, 2, problems.join("\n"));
  assert.match(problems[0], /^Error row 2, column "end date": the end date \(2020-04-01\) is before the start \(2020-05-01\)/);
  assert.match(problems[1], /^Warning row 1, column "judge": column "judge" is not one the importer knows, so it is ignored/);
  const code = await page.getByRole("textbox", { name: "Embed code", exact: true }).inputValue();
  const inline = JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(code)[1]);
  assert.equal(inline.events.length, 1);
  assert.equal(inline.events[0].end, undefined, "the bad end date is not in the embed code's case");
  // The preview (the real widget) shows the case without an error banner.
  assert.deepEqual(await page.evaluate(() => window.caseEditor.timeline.problems().filter((p) => p.severity === "error")), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("the article text and its publication date are kept over a reload", async () => {
  const page = await openEditor();
  const section = page.getByRole("region", { name: "Draft from article" });
  await section.getByRole("textbox", { name: "Article text" }).fill("The court ruled on Monday. \"We won,\" said Doe.");
  await section.getByLabel("Published on").fill("2020-07-13");
  await page.waitForFunction(() => window.caseEditor.state.draftDate === "2020-07-13");
  await page.reload();
  await page.waitForSelector("html[data-ready=true]");
  const again = page.getByRole("region", { name: "Draft from article" });
  assert.equal(await again.getByRole("textbox", { name: "Article text" }).inputValue(), "The court ruled on Monday. \"We won,\" said Doe.");
  assert.equal(await again.getByLabel("Published on").inputValue(), "2020-07-13");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("a sheet pasted in Hebrew previews in Hebrew, right to left, with a note saying why, and a Hebrew iframe title; a language column chooses another", async () => {
  const page = await openEditor();
  const sheet = (extra = "", value = "") => [
    `date\tkind\ttitle\tparty${extra}`,
    `\tcase\tעתירה לחשיפת מסמכים\t${extra ? `\t${value}` : ""}`,
    "2021-03-01\tfiling\tהעותרים מגישים עתירה\tהעותרים",
    "2021-06-14\thearing\tדיון בדלתיים סגורות\tבית המשפט",
  ].join("\n");
  await paste(page, sheet());
  const root = page.locator("#preview .ct-root");
  assert.equal(await root.getAttribute("lang"), "he");
  assert.equal(await root.getAttribute("dir"), "rtl");
  // The widget's own words are Hebrew: no English "Reset" or "Filing" around Hebrew titles.
  const reset = await page.locator("#preview .ct-toolbar button").last().textContent();
  assert.notEqual(reset.trim(), "Reset");
  const notes = await page.locator("#notes li").allTextContents();
  assert.ok(notes.some((n) => /written in Hebrew/.test(n)), notes.join("\n"));
  assert.match(await page.locator("#embed").inputValue(), /"locale":"he"/);
  // The iframe code's title names the frame in Hebrew too (once the pack is in).
  await page.waitForFunction(() => /title="ציר זמן: \u2068?עתירה לחשיפת מסמכים/.test(document.getElementById("iframe-code").value));
  assert.doesNotMatch(await page.locator("#iframe-code").inputValue(), /title="Timeline:/);
  await paste(page, sheet("\tlanguage", "en"));
  assert.equal(await root.getAttribute("dir"), "ltr");
  assert.equal((await page.locator("#preview .ct-toolbar button").last().textContent()).trim(), "Reset");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("while the case being edited cannot be drawn, the Publish section says its codes are of the last version that could be", async () => {
  const page = await openEditor();
  const publishState = () => page.locator("#publish-state").textContent();
  const embed = page.getByRole("textbox", { name: "Embed code" });
  await paste(page, readFileSync(new URL("../../www/cases/nso-amnesty.json", import.meta.url), "utf8"));
  assert.match(await embed.inputValue(), /NSO Group export licence/);
  assert.equal(await publishState(), "");
  // The reporter's own case, pasted with a trailing comma: nothing can be drawn from it yet, and the
  // embed code is still the NSO case, which the section now says instead of offering it as theirs.
  const broken = '{\n  "version": 1,\n  "title": "Doe v. City",\n  "events": [\n    { "id": "a", "date": "2021-03-01", "kind": "filing", "title": "Doe sues" },\n  ]\n}\n';
  await paste(page, broken);
  assert.match((await problemTexts(page))[0], /line 6, column 3: JSON syntax/);
  assert.match(await embed.inputValue(), /NSO Group export licence/);
  assert.match(await publishState(), /^Not up to date: what you are editing now cannot be drawn/);
  assert.match(await embed.getAttribute("aria-describedby"), /publish-state/);
  // Fixed: the codes are of this case, and the note is gone.
  await paste(page, broken.replace("},\n  ]", "}\n  ]"));
  assert.match(await embed.inputValue(), /Doe v\. City/);
  assert.equal(await publishState(), "");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
