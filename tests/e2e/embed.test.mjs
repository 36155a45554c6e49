// Embedding in Chromium: <case-timeline> (src, inline JSON, data property, attributes, events,
// life cycle), the package entry's init() and mount(), a strict Content-Security-Policy with
// Trusted Types, twenty elements on one page, every failure state, and the iframe embed (auto
// height in the pym.js, Datawrapper and WordPress formats, the demo's snippet, oEmbed).
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, serve, inkFraction, SHOTS } from "./browser.mjs";
import { CSP, openPage, recorded, inkIn, hoverIn, elementState } from "./embed-helpers.mjs";
import { oembed, caseTitle } from "../../www/tools/oembed.mjs";

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const nso = JSON.parse(read("www/cases/nso-amnesty.json"));
const NSO = "/www/cases/nso-amnesty.json";
const page = (query) => `/tests/embed/element.html?${new URLSearchParams(query)}`;

let browser;
const servers = {};
before(async () => {
  browser = await launch();
  servers.plain = await serve();
  servers.strict = await serve({ csp: CSP });
  servers.noWasmEval = await serve({ csp: "default-src 'self'; script-src 'self'" });
});
after(async () => {
  await browser?.close();
  for (const { server } of Object.values(servers)) {
    server.closeAllConnections();
    server.close();
  }
});

const close = (p) => p.context().close();
const events = (p) => p.evaluate(() => window.events);
/** Page errors and unhandled rejections, CSP violations: never acceptable. */
async function hardProblems(p) {
  return [...p.problems.filter((m) => m.startsWith("pageerror")), ...(await recorded(p))];
}

test("none of the embedding code writes HTML from strings", () => {
  for (const file of ["www/index.js", "www/element.js", "www/embed.js", "www/embed-host.js", "www/embed-demo.js",
    "tests/embed/element-page.js", "tests/embed/api-page.js", "tests/embed/host-page.js"]) {
    const code = read(file).replace(/^\s*\/\/.*$/gm, "");
    // Spelled in pieces so that a grep for these sinks does not find this test.
    const sinks = new RegExp(["inner", "outer", "insertAdjacent"].map((s) => `${s}HTML`).concat(["document\\.wr" + "ite", "\\beval\\(", "new Function"]).join("|"));
    assert.doesNotMatch(code, sinks, file);
  }
  assert.doesNotMatch(read("www/embed.html"), /<script(?![^>]*\bsrc=)[^>]*>|\sstyle=|\son\w+=/i, "embed.html has inline script or style");
});

describe("under Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; Trusted Types 'none'", () => {
  const inline = { events: [{ id: "filed", title: "Petition filed" }, { id: "ruled", title: "Petition dismissed" }] };
  for (const [name, url, story] of [
    ["src", page({ src: NSO }), nso],
    ["the data property", page({ data: NSO }), nso],
    ["an inline <script type=application/json> child", "/tests/embed/inline.html", inline],
  ]) {
    test(`<case-timeline> with ${name} draws the case and shows tooltips, with zero violations`, async () => {
      const p = await openPage(browser, `${servers.strict.origin}${url}`, { viewport: { width: 1000, height: 800 } });
      const state = await elementState(p, "#t0");
      assert.equal(state.canvas, true, "no canvas shown");
      assert.equal(state.banner, null, `unexpected banner: ${state.banner}`);
      const ink = await inkIn(p, "#t0");
      assert.ok(ink > 0.01, `canvas looks blank: ${(ink * 100).toFixed(2)}% ink`);
      for (const { id, title } of [story.events[0], story.events.at(-1)]) {
        const text = await hoverIn(p, "#t0", id);
        assert.ok(text.includes(title), `tooltip for ${id}: ${text}`);
      }
      // The stylesheet reached the shadow root: the tooltip is positioned, the screen-reader list hidden.
      const styled = await p.$eval("#t0", (el) => getComputedStyle(el.shadowRoot.querySelector(".ct-tooltip")).position);
      assert.equal(styled, "absolute");
      assert.deepEqual(await events(p), [{ i: 0, type: "ready", detail: { problems: [] }, ms: (await events(p))[0].ms }]);
      assert.deepEqual(p.problems, []);
      assert.deepEqual(await recorded(p), []);
      if (name === "src") await p.screenshot({ path: `${SHOTS}element-csp.png` });
      await close(p);
    });
  }

  test("the package entry: ten concurrent init() calls make one download and one compile; mount() draws", async () => {
    const p = await openPage(browser, `${servers.strict.origin}/tests/embed/api.html?wasm=/pkg/case_timeline_bg.wasm?custom=1`, { viewport: { width: 1000, height: 800 } });
    assert.deepEqual(await p.evaluate(() => window.initResult), { same: true, samePromise: true });
    assert.equal(await p.evaluate(() => window.isCaseTimeline), true);
    const wasm = p.requests.filter((u) => new URL(u).pathname.endsWith(".wasm"));
    assert.deepEqual(wasm.map((u) => new URL(u).pathname + new URL(u).search), ["/pkg/case_timeline_bg.wasm?custom=1"], "the custom wasm URL, once");
    assert.equal(await p.evaluate(() => window.__compiles), 1, "one compile");
    const ink = await inkFraction(p, "#case .ct-canvas");
    assert.ok(ink > 0.01, `canvas looks blank: ${(ink * 100).toFixed(2)}% ink`);
    const target = await p.evaluate(() => {
      const a = window.caseTimelines[0].eventAnchors().find((e) => e.id === "ruling");
      const r = document.querySelector("#case .ct-canvas").getBoundingClientRect();
      return { x: r.left + a.x, y: r.top + a.y };
    });
    await p.mouse.move(target.x, target.y, { steps: 3 });
    await p.locator("#case .ct-tooltip").waitFor({ state: "visible" });
    assert.match(await p.locator("#case .ct-tooltip").textContent(), /Court rejects Amnesty's petition/);
    assert.deepEqual(p.problems, []);
    assert.deepEqual(await recorded(p), []);
    await close(p);
  });
});

test("twenty <case-timeline> elements share one .wasm download, one compile and one stylesheet", async () => {
  const p = await openPage(browser, `${servers.strict.origin}${page({ n: 20, src: NSO })}`, { viewport: { width: 900, height: 800 } });
  const wasm = p.requests.filter((u) => u.includes(".wasm"));
  assert.equal(wasm.length, 1, `wasm requests: ${wasm.join(", ")}`);
  assert.equal(await p.evaluate(() => window.__compiles), 1, "one compile");
  // The stylesheet comes as a module (case-timeline.css.js), once, and is shared: no .css fetch.
  assert.equal(p.requests.filter((u) => u.endsWith("/case-timeline.css.js")).length, 1, "one stylesheet download");
  assert.equal(p.requests.filter((u) => u.endsWith(".css") && !u.endsWith("/embed.css")).length, 0, "no stylesheet fetched");
  const sheets = await p.evaluate(() => new Set([...document.querySelectorAll("case-timeline")].map((el) => el.shadowRoot.adoptedStyleSheets.at(-1))).size);
  assert.equal(sheets, 1, "every element adopts the same stylesheet");
  const ready = (await events(p)).filter((e) => e.type === "ready").map((e) => e.i).sort((a, b) => a - b);
  assert.deepEqual(ready, Array.from({ length: 20 }, (_, i) => i), "every element is ready");
  for (const n of [0, 9, 19]) {
    const ink = await inkIn(p, `#t${n}`);
    assert.ok(ink > 0.01, `#t${n} looks blank: ${(ink * 100).toFixed(2)}% ink`);
  }
  assert.match(await hoverIn(p, "#t19", "nso-response"), /NSO Group welcomes the ruling/);
  assert.deepEqual(p.problems, []);
  assert.deepEqual(await recorded(p), []);
  await close(p);
});

test("attributes and properties: theme, height, event, TimelineJS src, data, src changes, moving, removing, loading twice", async () => {
  const p = await openPage(browser, `${servers.strict.origin}${page({ src: "/tests/fixtures/timelinejs/nso-amnesty.tl.json", theme: "dark", height: "700", event: "ruling" })}`, { viewport: { width: 1000, height: 900 } });
  const first = await p.$eval("#t0", (el) => ({
    theme: el.shadowRoot.querySelector(".ct-root").dataset.theme,
    minHeight: getComputedStyle(el.shadowRoot.querySelector(".ct-host")).minHeight,
    height: el.getBoundingClientRect().height,
    display: getComputedStyle(el).display,
    details: el.shadowRoot.querySelector(".ct-details").hidden ? null : el.shadowRoot.querySelector(".ct-details-title").textContent,
  }));
  assert.deepEqual(first, { theme: "dark", minHeight: "700px", height: first.height, display: "block", details: "Court rejects Amnesty's petition" });
  assert.ok(first.height >= 700, `height attribute reserves 700 px, got ${first.height}`);
  // The TimelineJS file imports with warnings (media it leaves out): ready says so, then problems.
  const seen = await events(p);
  assert.deepEqual(seen.map((e) => e.type), ["ready", "problems", "select"]);
  assert.ok(seen[0].detail.problems.length > 0 && seen[0].detail.problems.every((p) => p.severity === "warning" && p.kind === "import"), JSON.stringify(seen[0].detail));
  assert.deepEqual(seen[1].detail, seen[0].detail);
  assert.deepEqual(seen[2].detail, { id: "ruling" });
  assert.ok((await inkIn(p, "#t0")) > 0.01, "TimelineJS case not drawn");

  // The data property replaces the case at once (setCase), then a src change loads the new file.
  const titles = await p.evaluate(async (nsoText) => {
    const el = document.getElementById("t0");
    const seen = [];
    el.addEventListener("ready", () => seen.push(el.timeline.eventAnchors().length));
    const c = JSON.parse(nsoText);
    c.events = c.events.slice(0, 2);
    el.data = c;
    el.data = null;
    el.setAttribute("src", "/www/cases/sample-single-day.json");
    await new Promise((done) => el.addEventListener("ready", done, { once: true }));
    return { seen, label: el.shadowRoot.querySelector(".ct-root").getAttribute("aria-label") };
  }, JSON.stringify(nso));
  assert.equal(titles.seen[0], 2, "data property shows the two-event case");
  assert.match(titles.label, /^Timeline: /);
  assert.doesNotMatch(titles.label, /Amnesty/, "the src change did not load the new case");

  // Theme change re-mounts; moving keeps working; removal destroys the widget and aborts the fetch.
  const life = await p.evaluate(async () => {
    const el = document.getElementById("t0");
    el.setAttribute("theme", "light");
    const theme = el.shadowRoot.querySelector(".ct-root").dataset.theme;
    const holder = document.createElement("section");
    document.body.append(holder);
    holder.append(el); // disconnect + connect
    await new Promise((done) => el.addEventListener("ready", done, { once: true }));
    const moved = !!el.timeline && el.shadowRoot.querySelectorAll(".ct-root").length === 1;
    el.remove();
    const removed = { timeline: el.timeline, roots: el.shadowRoot.querySelectorAll(".ct-root").length };
    // A second copy of the module (another URL) must not throw on define, nor replace the first.
    const original = customElements.get("case-timeline");
    const again = await import("/www/element.js?again");
    return { theme, moved, removed, registered: again.CaseTimelineElement !== original && customElements.get("case-timeline") === original };
  });
  assert.deepEqual(life, { theme: "light", moved: true, removed: { timeline: null, roots: 0 }, registered: true });

  // Themable from outside the shadow root through the --ct-* custom properties (canvas included);
  // [hidden] hides the element.
  const themed = await p.evaluate(async (nsoText) => {
    const el = document.createElement("case-timeline");
    el.style.setProperty("--ct-bg", "rgb(255, 250, 235)");
    el.setAttribute("theme", "light");
    el.data = nsoText;
    document.body.append(el);
    await new Promise((done) => el.addEventListener("ready", done, { once: true }));
    const root = el.shadowRoot.querySelector(".ct-root");
    const canvas = el.shadowRoot.querySelector(".ct-canvas");
    const pixel = [...canvas.getContext("2d").getImageData(1, 1, 1, 1).data.slice(0, 3)];
    const background = getComputedStyle(root).backgroundColor;
    el.hidden = true;
    const display = getComputedStyle(el).display;
    el.remove();
    return { background, pixel, display };
  }, JSON.stringify(nso));
  assert.deepEqual(themed, { background: "rgb(255, 250, 235)", pixel: [255, 250, 235], display: "none" });

  // Removing an element while its case is loading aborts the request and raises nothing.
  const aborted = [];
  p.on("requestfailed", (r) => { if (r.url().endsWith("/slow")) aborted.push(r.failure()?.errorText); });
  const requested = p.waitForRequest((r) => r.url().endsWith("/slow"));
  const failed = p.waitForEvent("requestfailed", (r) => r.url().endsWith("/slow"));
  await p.evaluate(() => {
    const el = document.createElement("case-timeline");
    el.setAttribute("src", "/slow");
    window.__quiet = { el, seen: [] };
    el.addEventListener("error", (e) => window.__quiet.seen.push(e.detail.code));
    document.body.append(el);
  });
  await requested;
  await p.evaluate(() => window.__quiet.el.remove());
  await failed;
  // The aborted fetch settles in a microtask; two frames later any event it raised has fired.
  const quiet = await p.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.__quiet.seen)))));
  assert.deepEqual(quiet, []);
  assert.deepEqual(aborted, ["net::ERR_ABORTED"]);
  assert.deepEqual(await hardProblems(p), []);
  await close(p);
});

test("real WebAssembly served with a wrong type still runs, with a console warning naming the fix", async () => {
  const warnings = [];
  const p = await openPage(browser, `${servers.plain.origin}${page({ src: NSO })}`, {
    viewport: { width: 900, height: 700 },
    setup: async (page) => {
      page.on("console", (m) => { if (m.type() === "warning") warnings.push(m.text()); });
      await page.route("**/*.wasm", async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), "content-type": "application/octet-stream" } });
      });
    },
  });
  assert.equal((await events(p))[0].type, "ready");
  assert.ok((await inkIn(p, "#t0")) > 0.01, "not drawn");
  assert.ok(warnings.some((w) => /served as "application\/octet-stream"; serve \.wasm as "application\/wasm"/.test(w)), warnings.join("\n"));
  assert.deepEqual(await hardProblems(p), []);
  await close(p);
});

describe("failure states: a distinct message inside the element and an error event within 10 s", { concurrency: true }, () => {
  const cases = [
    { name: "case URL 404", query: { src: "/status/404" }, code: "case-http", message: /\/status\/404: the server answered HTTP 404/ },
    { name: "case URL 500", query: { src: "/status/500" }, code: "case-http", message: /\/status\/500: the server answered HTTP 500/ },
    { name: "case URL timeout (9 s, so the error comes within 10 s)", query: { src: "/slow" }, code: "case-timeout", message: /\/slow: no answer within 9 seconds/, within: [8500, 40000] },
    { name: "case URL timeout attribute", query: { src: "/slow", timeout: "1500" }, code: "case-timeout", message: /no answer within 1\.5 seconds/, within: [1400, 40000] },
    { name: "case URL unreachable", query: { src: "http://127.0.0.1:9/case.json" }, code: "case-network", message: /127\.0\.0\.1:9\/case\.json: .*offline, or blocked/ },
    { name: "invalid JSON", query: { src: "/tests/embed/not-json.json" }, code: "invalid-case", message: /3:13: JSON syntax: expected a value, found `,`/, widgetBanner: true },
    { name: "no case at all", query: {}, code: "no-case", message: /No case to show/ },
    // TimelineJS3 JSON the importer can make nothing of: the importer's own problems, with paths and positions.
    { name: "TimelineJS with no importable event", query: { src: "/tests/embed/timelinejs-nothing.json" }, code: "invalid-case", message: /month 13 does not exist/, widgetBanner: "1:49: events[0].start_date.month: month 13 does not exist" },
    { name: "wasm 404", query: { src: NSO, wasm: "/status/404" }, code: "wasm-missing", message: /\/status\/404 answered HTTP 404/ },
    { name: "wasm served as HTML (wrong MIME)", query: { src: NSO, wasm: "/www/embed.html" }, code: "wasm-mime", message: /came back as "text\/html", not WebAssembly/ },
    { name: "CSP without 'wasm-unsafe-eval'", query: { src: NSO }, server: "noWasmEval", code: "wasm-csp", message: /Content-Security-Policy does not allow WebAssembly, which the timeline needs: add 'wasm-unsafe-eval'/, csp: true },
  ];
  const messages = new Map();
  for (const c of cases) {
    test(c.name, async () => {
      const p = await openPage(browser, `${servers[c.server ?? "plain"].origin}${page(c.query)}`, { ready: false, viewport: { width: 900, height: 700 } });
      await p.waitForSelector("html[data-ready=true]", { timeout: 60000 });
      const seen = await events(p);
      assert.equal(seen.length, 1, `events: ${JSON.stringify(seen)}`);
      const [event] = seen;
      assert.equal(event.type, "error");
      assert.equal(event.detail.code, c.code);
      assert.match(event.detail.message, c.message);
      // Generous upper bounds: CI is a cold, busy machine; what matters is that it arrives, and
      // for the timeouts, not before they run out.
      const [low, high] = c.within ?? [0, 40000];
      assert.ok(event.ms >= low && event.ms <= high, `error after ${event.ms} ms, expected ${low}–${high}`);
      const state = await elementState(p, "#t0");
      assert.equal(state.role, "alert");
      assert.ok(state.bannerVisible, "the message is not visible");
      assert.ok(state.height > 30, `the element is ${state.height} px high`);
      const shown = typeof c.widgetBanner === "string" ? c.widgetBanner : c.widgetBanner ? "JSON syntax" : event.detail.message;
      assert.ok(state.banner.includes(shown), `shown: ${state.banner}`);
      assert.ok(!state.banner.includes("reads only the case format"), `shown: ${state.banner}`);
      assert.ok(state.styled, "the failure panel has the widget's styles");
      if (!c.widgetBanner) assert.equal(state.code, c.code);
      // No page error, no unhandled rejection (and, outside the CSP case, no CSP violation).
      const problems = (await hardProblems(p)).filter((m) => !(c.csp && m.startsWith("csp: script-src")));
      assert.deepEqual(problems, []);
      messages.set(c.name, state.banner);
      await p.screenshot({ path: `${SHOTS}failure-${c.code}.png` });
      await close(p);
    });
  }
  after(() => {
    // Every state says something different.
    if (messages.size === cases.length) assert.equal(new Set(messages.values()).size, cases.length);
  });
});

describe("iframe embed", () => {
  const embed = (query) => `/www/embed.html?${new URLSearchParams({ src: "cases/nso-amnesty.json", ...query })}`;

  test("embed.html reports its height in the pym.js and Datawrapper formats, and embed-host.js sizes the iframe", async () => {
    const frameUrl = embed({ childId: "nso" });
    const p = await openPage(browser, `${servers.plain.origin}/tests/embed/host.html?${new URLSearchParams({ frame: frameUrl })}`, { viewport: { width: 900, height: 900 } });
    const frame = p.frames().find((f) => f.url().includes("/www/embed.html"));
    await frame.waitForFunction(() => document.querySelector("case-timeline")?.timeline);
    const content = () => frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    const box = () => p.$eval("iframe", (f) => f.getBoundingClientRect().height);
    await p.waitForFunction(() => document.querySelector("iframe").getBoundingClientRect().height > 200);
    // The iframe follows its content: wait until the height messages have caught up.
    await p.waitForFunction(() => {
      const f = document.querySelector("iframe");
      const inner = f.contentDocument?.documentElement.getBoundingClientRect().height;
      return inner > 200 && Math.abs(f.getBoundingClientRect().height - inner) <= 1;
    }, null, { timeout: 15000 }).catch(() => {});
    const [h, c] = [await box(), await content()];
    assert.ok(Math.abs(h - c) <= 1, `iframe ${h} px, content ${c} px`);
    const messages = await p.evaluate(() => window.messages);
    const px = Math.ceil(c);
    assert.ok(messages.some((m) => m.frame === 0 && m.data === `pymxPYMxnsoxPYMxheightxPYMx${px}`), `no pym message for ${px}: ${JSON.stringify(messages)}`);
    assert.ok(messages.some((m) => m.frame === 0 && m.data?.["datawrapper-height"]?.nso === px), "no datawrapper-height message");
    assert.ok((await inkFraction(frame, "case-timeline .ct-canvas")) > 0.01, "the embedded timeline looks blank");
    assert.deepEqual(await hardProblems(p), []);
    assert.deepEqual(p.problems, []);
    await close(p);
  });

  test("the iframe's padding has the timeline's colour scheme on a dark news page: no white frame round a dark timeline", async () => {
    for (const [theme, dark] of [["dark", true], ["light", false]]) {
      const p = await openPage(browser, `${servers.plain.origin}/tests/embed/host.html?${new URLSearchParams({ frame: embed({ theme }), dark: "1" })}`, { viewport: { width: 700, height: 700 }, colorScheme: "dark" });
      const frame = p.frames().find((f) => f.url().includes("/www/embed.html"));
      await frame.waitForFunction(() => document.querySelector("case-timeline")?.timeline);
      await p.waitForFunction(() => document.querySelector("iframe").getBoundingClientRect().height > 200);
      const box = await p.$eval("iframe", (f) => { const r = f.getBoundingClientRect(); return { x: r.x, y: r.y }; });
      const png = (await p.screenshot({ path: `${SHOTS}/embed-dark-host-${theme}.png` })).toString("base64");
      // Read the screenshot's pixels back through a canvas: the padding (4 px in from the
      // iframe's corner) and the page outside it.
      const [padding, page] = await p.evaluate(async ({ png, points }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const c = document.createElement("canvas");
        [c.width, c.height] = [img.width, img.height];
        const ctx = c.getContext("2d");
        ctx.drawImage(img, 0, 0);
        return points.map(([x, y]) => [...ctx.getImageData(x, y, 1, 1).data.slice(0, 3)]);
      }, { png, points: [[Math.round(box.x) + 4, Math.round(box.y) + 4], [2, 2]] });
      const light = (rgb) => rgb.reduce((a, b) => a + b, 0) / 3;
      assert.ok(light(page) < 40, `the host page is dark: ${page}`);
      if (dark) assert.ok(light(padding) < 60, `theme=dark: the iframe's padding is ${padding}, not dark`);
      else assert.ok(light(padding) > 200, `theme=light: the iframe's padding is ${padding}, not light`);
      assert.deepEqual(await hardProblems(p), []);
      await close(p);
    }
  });

  test("in a WordPress-style sandboxed iframe (null origin) it answers wp-embed's ready with its height", async () => {
    const frameUrl = `${embed({})}#?secret=Ab12Cd34Ef`;
    const p = await openPage(browser, `${servers.plain.origin}/tests/embed/host.html?${new URLSearchParams({ frame: frameUrl, sandbox: "1" })}`, { viewport: { width: 800, height: 900 } });
    await p.waitForFunction(() => window.messages.some((m) => m.data?.message === "height" && m.data.value > 200), null, { timeout: 15000 });
    const reply = (await p.evaluate(() => window.messages)).filter((m) => m.data?.message === "height").at(-1).data;
    assert.equal(reply.secret, "Ab12Cd34Ef");
    assert.ok(reply.value > 200 && reply.value < 2000, `height ${reply.value}`);
    assert.deepEqual(await hardProblems(p), []);
    await close(p);
  });

  test("the demo page shows the copy-paste snippet and runs it; the iframe follows its content when the page is resized", async () => {
    const p = await openPage(browser, `${servers.plain.origin}/`, { viewport: { width: 1000, height: 900 } });
    const snippet = await p.$eval("#embed pre", (pre) => pre.textContent);
    const origin = servers.plain.origin;
    assert.ok(snippet.includes(`<iframe src="${origin}/www/embed.html?src=cases/nso-amnesty.json"`), snippet);
    assert.match(snippet, /title="Timeline of the case Amnesty International v\. Ministry of Defense/);
    assert.ok(snippet.includes(`<script src="${origin}/www/embed-host.js" async></script>`), snippet);
    await p.locator("#embed iframe").scrollIntoViewIfNeeded();
    const frame = () => p.frames().find((f) => f.url().includes("/www/embed.html"));
    await p.waitForFunction(() => !!document.querySelector("#embed iframe").contentDocument?.querySelector("case-timeline")?.timeline, null, { timeout: 15000 });
    const measure = async () => {
      // Settled: the iframe's height equals its content's (or, failing that, the assertion says how far off).
      await p.waitForFunction(() => {
        const f = document.querySelector("#embed iframe");
        const inner = f.contentDocument?.documentElement.getBoundingClientRect().height;
        return inner > 0 && Math.abs(f.getBoundingClientRect().height - inner) <= 1;
      }, null, { timeout: 15000 }).catch(() => {});
      return {
        frame: await p.$eval("#embed iframe", (f) => f.getBoundingClientRect().height),
        content: await frame().evaluate(() => document.documentElement.getBoundingClientRect().height),
      };
    };
    const wide = await measure();
    assert.ok(Math.abs(wide.frame - wide.content) <= 1, `at 1000 px: iframe ${wide.frame}, content ${wide.content}`);
    assert.ok(wide.content > 250, `content only ${wide.content} px`);
    await p.setViewportSize({ width: 360, height: 800 });
    const narrow = await measure();
    assert.ok(Math.abs(narrow.frame - narrow.content) <= 1, `at 360 px: iframe ${narrow.frame}, content ${narrow.content}`);
    assert.notEqual(Math.round(narrow.content), Math.round(wide.content), "the content height should change with the width");
    await p.locator("#embed").screenshot({ path: `${SHOTS}demo-embed-360.png` });
    assert.deepEqual(p.problems, []);
    assert.deepEqual(await hardProblems(p), []);
    await close(p);
  });

  test("oEmbed: discovery link, the committed response is current, maxwidth/maxheight, TimelineJS titles", async () => {
    const html = read("www/embed.html");
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html);
    assert.ok(link, "no oEmbed discovery link in embed.html");
    assert.equal(link[1], "oembed/nso-amnesty.json");
    const committed = JSON.parse(read(`www/${link[1]}`));
    const regenerated = oembed(nso, { url: "http://127.0.0.1:8080/www/embed.html?src=cases/nso-amnesty.json" });
    assert.deepEqual(committed, regenerated, "www/oembed/nso-amnesty.json is stale: regenerate it (README, Embed in a CMS)");
    assert.equal(committed.type, "rich");
    assert.equal(committed.version, "1.0");
    assert.equal(committed.provider_name, "case-timeline");
    assert.equal(committed.title, nso.title);
    assert.match(committed.html, /^<iframe src="http:\/\/127\.0\.0\.1:8080\/www\/embed\.html\?src=cases\/nso-amnesty\.json" title="Amnesty International v\. Ministry of Defense \(NSO Group export licence\)" width="960" height="\d+"/);
    assert.ok(committed.cache_age > 0);
    const small = oembed(nso, { url: "https://example.org/embed.html?src=a.json&event=x", maxwidth: "500", maxheight: "300" });
    assert.deepEqual([small.width, small.height], [500, 300]);
    assert.match(small.html, / width="500" height="300"/);
    assert.match(small.html, /src="https:\/\/example\.org\/embed\.html\?src=a\.json&amp;event=x"/);
    const tl = JSON.parse(read("tests/fixtures/timelinejs/nso-amnesty.tl.json"));
    assert.equal(caseTitle(tl), "Amnesty International v. Ministry of Defense (NSO Group export licence)");
    assert.match(oembed({ title: 'A "quoted" <case> & co' }, { url: "https://example.org/e.html" }).html, /title="A &quot;quoted&quot; &lt;case&gt; &amp; co"/);
    // The discovery link resolves on the server.
    const response = await fetch(new URL(link[1], `${servers.plain.origin}/www/embed.html`));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("access-control-allow-origin"), "*");
  });
});
