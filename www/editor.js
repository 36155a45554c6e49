// The editor page (www/editor.html): paste a spreadsheet (or open a file, or a published CSV
// link), see the timeline and its problems as you type, copy the embed code. Loads the editor's
// own build (pkg-editor/: every importer, SVG output); readers of an embedded timeline never
// download any of this. Nothing leaves the browser: the work is kept in localStorage.
//
// The work is one source text — the spreadsheet or the case JSON, whichever was edited last —
// converted to case JSON (convertCase) and drawn by the real widget. Small inputs are converted
// at the next animation frame after an edit; large ones (a 5 MB paste) after a pause in typing,
// in a worker (convert-worker.js), so the page stays responsive while they are read.
import init, * as wasm from "../pkg-editor/case_timeline.js";
import { convert } from "./convert.js";
import { oembed } from "./oembed.js";
import { fetchPack, settledPack, words } from "./language.js";

const { CaseTimeline, convertCase, caseSvg, sheetRows, sheetHeaders } = wasm;
const STORE = "case-timeline-editor:v1";
const BIG = 200_000; // characters: above this, convert after a pause instead of every frame
const GRID_ROWS = 400; // rows shown in the grid at once
const LIST_MAX = 200; // problems listed at once

const $ = (id) => document.getElementById(id);
const el = {
  paste: $("paste"), json: $("json"), dates: $("dates"), grid: $("grid").tBodies[0], gridBox: $("grid-box"),
  gridMore: $("grid-more"), problems: $("problems"), notes: $("notes"), summary: $("summary"),
  preview: $("preview"), stage: $("stage"), previewState: $("preview-state"), sheetState: $("sheet-state"),
  jsonState: $("json-state"), loadStatus: $("load-status"), embed: $("embed"), iframe: $("iframe-code"),
  oembed: $("oembed"), caseUrl: $("case-url"), baseUrl: $("base-url"), copyStatus: $("copy-status"),
};

const defaults = () => ({
  source: "sheet", sheet: "", json: "", dates: "auto", caseUrl: "", base: new URL("./", import.meta.url).href,
  embedMode: "inline", width: "desktop", draftText: "", draftDate: "",
});
let state = defaults();
/** The last conversion: { json, problems, format, events } and what the preview shows. */
let result = { json: null, problems: [], format: "sheet", events: 0 };
let shownJson = null;
let loadProblem = null; // a file or URL that could not be read: shown first in the problems list
let timeline = null;
let pending = 0;
let idle = 0;
let revision = 0;
let gridFrom = 1;

// ---- persistence -------------------------------------------------------------------------

function restore() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE) || "null");
    if (saved && typeof saved === "object") {
      const text = (v) => (typeof v === "string" ? v : "");
      return { ...defaults(), ...saved, base: saved.base || defaults().base, draftText: text(saved.draftText), draftDate: text(saved.draftDate) };
    }
  } catch {
    // A broken entry: start afresh (it is replaced at the next save).
  }
  return null;
}

let saveTimer = 0;
function save(now = false) {
  clearTimeout(saveTimer);
  const write = () => {
    try {
      localStorage.setItem(STORE, JSON.stringify(state));
      if (el.loadStatus.dataset.kind === "storage") setStatus(el.loadStatus, "");
    } catch {
      setStatus(el.loadStatus, "This case is too large to keep in this browser's storage: download case.json so a reload does not lose it.", "storage");
    }
  };
  if (now || (state.sheet.length + state.json.length + state.draftText.length) < BIG) write();
  else saveTimer = setTimeout(write, 500);
}
addEventListener("pagehide", () => save(true));

function setStatus(node, text, kind = "") {
  node.textContent = text;
  node.dataset.kind = kind;
}

// ---- conversion and preview -----------------------------------------------------------------

function sourceText() {
  return state.source === "sheet" ? state.sheet : state.json;
}

/** Converts at the next frame (small input) or after a pause, off the main thread (large input). */
function schedule() {
  cancelAnimationFrame(pending);
  clearTimeout(idle);
  if (sourceText().length < BIG) {
    pending = requestAnimationFrame(update);
  } else {
    setStatus(el.summary, "Checking…");
    idle = setTimeout(updateOffThread, 400);
  }
}

let worker = null; // convert-worker.js, made for the first large input; false where none can run
let asked = 0; // the latest conversion: a worker's answer to an older one is dropped

function conversionWorker() {
  if (worker === null) {
    try {
      worker = new Worker(new URL("./convert-worker.js", import.meta.url), { type: "module" });
      worker.onmessage = ({ data }) => {
        if (data.id !== asked) return;
        if (data.error !== undefined) failWorker();
        else apply(data.result);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        failWorker();
      };
    } catch {
      worker = false;
    }
  }
  return worker || null;
}

/** No worker here (a policy, an old browser): convert on the page, in idle time, from now on. */
function failWorker() {
  if (worker) worker.terminate();
  worker = false;
  if ("requestIdleCallback" in window) requestIdleCallback(update, { timeout: 1500 });
  else update();
}

function updateOffThread() {
  const w = conversionWorker();
  if (!w) return failWorker();
  asked++;
  w.postMessage({ id: asked, text: sourceText(), source: state.source, dates: state.dates });
}

function update() {
  asked++;
  apply(convert(convertCase, sourceText(), state.source, state.dates));
}

/** Shows a conversion: the JSON box (for a sheet), the preview, problems, grid and outputs. */
function apply(converted) {
  result = converted;
  if (state.source === "sheet" && document.activeElement !== el.json) el.json.value = result.json ?? "";
  draw();
  showProblems();
  showGrid();
  showSources();
  showOutputs();
  revision++;
  document.documentElement.dataset.revision = String(revision);
}

function draw() {
  if (result.json && result.events > 0) {
    shownJson = result.json;
    if (timeline) timeline.setCase(result.json);
    else timeline = CaseTimeline.mount(el.preview, result.json, { theme: "light" });
    setStatus(el.previewState, "");
  } else if (shownJson) {
    setStatus(el.previewState, "Nothing can be drawn from this yet; the preview shows the last version that could be. Fix the problems listed above.");
  } else {
    setStatus(el.previewState, "Paste rows, open a file or start from the template to see the timeline here.");
  }
}

// ---- problems ------------------------------------------------------------------------------

/** "row 5" of a sheet place, as a number. */
const rowOf = (p) => Number((/^row (\d+)/.exec(p.path) || [])[1]) || null;

function where(p) {
  const sheet = /^row \d+/.test(p.path) || /^column /.test(p.path);
  if (sheet) return p.path;
  const parts = [];
  if (p.line != null) parts.push(`line ${p.line}, column ${p.column}`);
  if (p.path) parts.push(p.path);
  return parts.join(", ");
}

function problemItem(p, index) {
  const li = document.createElement("li");
  li.className = `ed-problem is-${p.severity}`;
  const button = document.createElement("button");
  button.type = "button";
  button.dataset.index = String(index);
  const badge = document.createElement("span");
  badge.className = "ed-severity";
  badge.textContent = p.severity === "error" ? "Error" : p.severity === "warning" ? "Warning" : "Note";
  const place = document.createElement("span");
  place.className = "ed-place";
  place.textContent = where(p) || (state.source === "sheet" ? "the sheet" : "the case");
  const message = document.createElement("span");
  message.className = "ed-message";
  message.textContent = p.message;
  button.append(badge, " ", place, ": ", message);
  button.addEventListener("click", () => goTo(p));
  li.append(button);
  return li;
}

let listed = [];
function showProblems() {
  const all = result.problems || [];
  listed = [...(loadProblem ? [loadProblem] : []), ...all.filter((p) => p.severity !== "info")];
  const notes = all.filter((p) => p.severity === "info");
  el.problems.replaceChildren(...listed.slice(0, LIST_MAX).map(problemItem));
  if (listed.length > LIST_MAX) {
    const more = document.createElement("li");
    more.textContent = `…and ${listed.length - LIST_MAX} more; fix these first.`;
    el.problems.append(more);
  }
  el.notes.replaceChildren(...notes.slice(0, LIST_MAX).map(problemItem));
  const errors = listed.filter((p) => p.severity === "error").length;
  const warnings = listed.length - errors;
  const events = result.events === 1 ? "1 event" : `${result.events} events`;
  let text;
  if (!sourceText().trim() && !loadProblem) text = "Nothing to check yet.";
  else if (listed.length === 0) text = `No problems: ${events} in the timeline.`;
  else text = `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}; ${events} in the timeline. Select a problem to go to it.`;
  setStatus(el.summary, text);
  $("notes-title").textContent = `How your entries were read (${notes.length})`;
}

/** Puts the caret of `area` at line/column (both from 1) and scrolls it into view. */
function caret(area, line, column) {
  const text = area.value;
  let offset = 0;
  for (let l = 1; l < line && offset >= 0; l++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) break;
    offset = next + 1;
  }
  offset = Math.min(text.length, offset + Math.max(0, (column || 1) - 1));
  let end = offset;
  while (end < text.length && !"\t,\n".includes(text[end])) end++;
  area.focus();
  area.setSelectionRange(offset, end === offset ? offset : end);
  const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 18;
  area.scrollTop = Math.max(0, (line - 1) * lineHeight - area.clientHeight / 3);
}

function goTo(p) {
  const row = rowOf(p);
  if (state.source === "sheet" && row) {
    highlight(row);
    if (p.line != null) caret(el.paste, p.line, p.column);
    else {
      const at = sheetRows(state.sheet, row, 1)[0];
      caret(el.paste, at ? at.line : 1, 1);
    }
  } else if (p.line != null) {
    caret(state.source === "sheet" ? el.paste : el.json, p.line, p.column);
  } else if (p.load === "url") {
    $("url").focus();
  } else if (p.load === "file") {
    $("file").focus();
  }
}

function highlight(row) {
  if (row < gridFrom || row >= gridFrom + GRID_ROWS) {
    gridFrom = Math.max(1, row - 20);
    showGrid();
  }
  for (const tr of el.grid.querySelectorAll("tr.is-current")) {
    tr.classList.remove("is-current");
    tr.removeAttribute("aria-current");
  }
  const tr = el.grid.querySelector(`tr[data-row="${row}"]`);
  if (tr) {
    tr.classList.add("is-current");
    tr.setAttribute("aria-current", "true");
    tr.scrollIntoView({ block: "nearest" });
  }
}

// ---- the grid ------------------------------------------------------------------------------

// JSON pasted into the paste box (a case file or a TimelineJS timeline) is read as JSON, not
// as rows (convert.js decides the same way).
const pastedJson = () => /^\uFEFF?\s*[[{]/.test(state.sheet);

function showGrid() {
  if (state.source === "sheet" && pastedJson()) {
    el.grid.replaceChildren();
    el.gridMore.textContent = "The pasted text is read as JSON (a case file or a TimelineJS timeline), not as rows.";
    return;
  }
  if (state.source !== "sheet" || !state.sheet.trim()) {
    el.grid.replaceChildren();
    el.gridMore.textContent = state.source === "sheet" ? "" : "The case is edited as JSON; the spreadsheet is not in use.";
    return;
  }
  const rows = sheetRows(state.sheet, gridFrom, GRID_ROWS + 1);
  const bad = new Map();
  for (const p of result.problems || []) {
    const r = rowOf(p);
    if (r && p.severity !== "info") bad.set(r, p.severity === "error" || bad.get(r) === "error" ? "error" : "warning");
  }
  const width = Math.max(1, ...rows.map((r) => r.cells.length));
  const trs = rows.slice(0, GRID_ROWS).map((r) => {
    const tr = document.createElement("tr");
    tr.dataset.row = String(r.number);
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = String(r.number);
    tr.append(th);
    if (bad.has(r.number)) {
      tr.classList.add(`has-${bad.get(r.number)}`);
      th.append(bad.get(r.number) === "error" ? " (error)" : " (warning)");
    }
    for (let i = 0; i < width; i++) {
      const td = document.createElement("td");
      td.textContent = r.cells[i] ?? "";
      tr.append(td);
    }
    return tr;
  });
  el.grid.replaceChildren(...trs);
  el.gridMore.textContent = rows.length > GRID_ROWS || gridFrom > 1
    ? `Rows ${gridFrom}–${gridFrom + Math.min(rows.length, GRID_ROWS) - 1} are shown; select a problem to see its row.`
    : "";
}

function showSources() {
  if (state.source === "sheet") {
    setStatus(el.sheetState, "");
    const made = pastedJson() ? "Made from the JSON pasted above. Editing it here makes this the case's source (the pasted text is then not used)." : "Made from the spreadsheet. Editing it here makes the JSON the case's source (the spreadsheet is then not used).";
    setStatus(el.jsonState, state.sheet.trim() ? made : "");
  } else {
    setStatus(el.sheetState, state.sheet.trim() ? "Not in use: the case is edited as JSON below. Paste or type rows here to use the spreadsheet again." : "");
    setStatus(el.jsonState, "");
  }
}

// ---- outputs -------------------------------------------------------------------------------

function caseObject() {
  try {
    return shownJson ? JSON.parse(shownJson) : null;
  } catch {
    return null;
  }
}

const attr = (t) => String(t).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function showOutputs() {
  const data = caseObject();
  // What is published is the last case that could be drawn: say so when that is not the one being
  // edited (its JSON broken, every event with a mistake, the box emptied), so that an older case
  // is never copied or downloaded unawares.
  const stale = data !== null && !(result.json && result.events > 0);
  $("publish-state").textContent = stale
    ? "Not up to date: what you are editing now cannot be drawn, so the downloads and codes below are of the last version that could be. Fix the problems listed above to update them."
    : "";
  const base = safeUrl(state.base) || defaults().base;
  const caseUrl = safeUrl(state.caseUrl);
  const element = new URL("element.js", base).href;
  let tag;
  // "At an address" without a usable one: the tag keeps the case inside it, and the help says why.
  const help = $("case-url-help");
  help.dataset.default ??= help.textContent;
  const missing = state.embedMode === "url" && !caseUrl;
  help.textContent = missing
    ? "Write the http(s) address where you publish case.json: until then the embed code carries the case inside the tag."
    : help.dataset.default;
  help.dataset.kind = missing ? "warning" : "";
  if (state.embedMode === "url" && caseUrl) {
    tag = `<case-timeline src="${attr(caseUrl)}"></case-timeline>`;
  } else {
    // JSON inside <script>: every "<" as \u003c, so "</script>" in a quote cannot end it.
    const inline = data ? JSON.stringify(data).replace(/</g, "\\u003c") : "{}";
    tag = `<case-timeline>\n<script type="application/json">${inline}</script>\n</case-timeline>`;
  }
  el.embed.value = `<script type="module" src="${attr(element)}"></script>\n${tag}`;
  const title = data && typeof data.title === "string" ? data.title : "Case timeline";
  const src = caseUrl || "https://your.site/cases/my-case.json";
  const page = `${new URL("embed.html", base).href}?src=${encodeURIComponent(src)}`;
  // The iframe's title (what a screen reader names the frame) in the case's language, as the
  // widget's own region label: "ציר זמן: …" for a Hebrew case, not "Timeline: …".
  const language = data && typeof data.locale === "string" ? data.locale : "";
  const known = language ? settledPack(language) : { pack: null };
  if (known === null) fetchPack(language).then(() => showOutputs());
  const label = known?.pack ? words(known.pack).t("region.label", { title }) : `Timeline: ${title}`;
  el.iframe.value = `<iframe src="${attr(page)}"\n  title="${attr(label)}"\n  width="100%" height="480" style="border:0" loading="lazy"></iframe>\n<script src="${attr(new URL("embed-host.js", base).href)}" async></script>`;
  try {
    el.oembed.value = JSON.stringify(oembed(data || { title }, { url: page }), null, 2);
  } catch (error) {
    el.oembed.value = String(error.message || error);
  }
}

function safeUrl(text) {
  try {
    const url = new URL(String(text || "").trim(), location.href);
    return String(text || "").trim() && /^https?:$/.test(url.protocol) ? url.href : "";
  } catch {
    return "";
  }
}

function download(name, blob) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

function needCase() {
  if (shownJson) return true;
  setStatus(el.copyStatus, "There is no timeline yet: start from the template, paste rows or open a file.");
  return false;
}

/** Draws SVG text on a canvas; resolves with the canvas. */
function svgToCanvas(svg, width, height, scale, paint) {
  return new Promise((resolve, reject) => {
    const image = new Image();
    const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
    image.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const ctx = canvas.getContext("2d");
      ctx.scale(scale, scale);
      paint(ctx, image);
      URL.revokeObjectURL(url);
      resolve(canvas);
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error("the SVG could not be drawn"));
    };
    image.src = url;
  });
}

const toPng = (canvas) => new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
const svgSize = (svg) => {
  const m = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  return m ? [Number(m[1]), Number(m[2])] : [960, 480];
};

async function downloadPng() {
  if (!needCase()) return;
  const svg = caseSvg(shownJson, { width: 960 });
  const [w, h] = svgSize(svg);
  const canvas = await svgToCanvas(svg, w, h, 2, (ctx, image) => ctx.drawImage(image, 0, 0, w, h));
  download("case-timeline.png", await toPng(canvas));
}

/**
 * A 1200×630 card: the case title over the timeline, for social media previews, in the case's
 * language and direction (a Hebrew case gets a right-aligned title and Hebrew words). The
 * timeline under it is drawn without its own header, so the title is there once.
 */
async function downloadCard() {
  if (!needCase()) return;
  const data = caseObject() || {};
  const [W, H, pad] = [1200, 630, 48];
  const pack = typeof data.locale === "string" ? await fetchPack(data.locale) : null;
  const { t, dir, lang } = words(pack);
  const events = Array.isArray(data.events) ? data.events.length : 0;
  // The pack's own count ("{n} אירועים"); English (compiled into the program) has no pack.
  const counted = pack ? t("badge.events", { n: events }) : `${events} ${events === 1 ? "event" : "events"}`;
  const svg = caseSvg(shownJson, { width: W - 2 * pad, height: 400, header: false });
  const canvas = await svgToCanvas(svg, W, H, 1, (ctx, image) => {
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, W, H);
    ctx.fillStyle = "#8a1c1c";
    ctx.fillRect(0, 0, W, 10);
    ctx.fillStyle = "#1b1e24";
    ctx.direction = dir;
    ctx.textAlign = "start";
    ctx.lang = lang;
    const x = dir === "rtl" ? W - pad : pad;
    ctx.font = "700 46px system-ui, sans-serif";
    ctx.textBaseline = "top";
    const lines = wrap(ctx, String(data.title || "Case timeline"), W - 2 * pad, 2);
    lines.forEach((line, i) => ctx.fillText(line, x, 40 + i * 56));
    const top = 40 + lines.length * 56 + 16;
    ctx.font = "400 24px system-ui, sans-serif";
    ctx.fillStyle = "#4b5563";
    ctx.fillText([data.court, counted].filter(Boolean).join(" · "), x, top);
    const boxTop = top + 44;
    const boxH = H - boxTop - 24;
    const scale = Math.min((W - 2 * pad) / image.width, boxH / image.height);
    ctx.drawImage(image, (W - image.width * scale) / 2, boxTop, image.width * scale, image.height * scale);
  });
  download("case-timeline-card.png", await toPng(canvas));
}

function wrap(ctx, text, width, maxLines) {
  const words = text.split(/\s+/);
  const lines = [];
  let line = "";
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = `${lines[maxLines - 1].replace(/\s+\S*$/, "")}…`;
  }
  return lines;
}

async function copy(area, what) {
  area.select();
  let done = false;
  try {
    await navigator.clipboard.writeText(area.value);
    done = true;
  } catch {
    try {
      done = document.execCommand("copy");
    } catch {
      done = false;
    }
  }
  setStatus(el.copyStatus, done ? `${what} copied.` : `Select the ${what.toLowerCase()} and copy it (Ctrl+C or ⌘C).`);
}

// ---- loading -------------------------------------------------------------------------------

function useSheet(text) {
  state.source = "sheet";
  state.sheet = text;
  el.paste.value = text;
  gridFrom = 1;
  save();
  schedule();
}

function useJson(text) {
  state.source = "json";
  state.json = text;
  el.json.value = text;
  save();
  schedule();
}

/** Any text: a spreadsheet goes to the spreadsheet box, JSON (TimelineJS converted) to the JSON box. */
function loadText(text, from) {
  loadProblem = null;
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    const converted = convertCase(text, "auto");
    if (converted.format === "timelinejs" && converted.json) {
      useJson(converted.json);
      setStatus(el.loadStatus, `${from}: a TimelineJS timeline, converted to a case (set kinds and roles in the JSON or re-import it from a sheet).`);
    } else {
      useJson(text);
      setStatus(el.loadStatus, `${from}: loaded as case JSON.`);
    }
  } else {
    useSheet(text);
    setStatus(el.loadStatus, `${from}: loaded as a spreadsheet.`);
  }
}

function failLoad(kind, place, message) {
  loadProblem = { severity: "error", kind: "syntax", path: place, line: null, column: null, message, text: message, load: kind };
  setStatus(el.loadStatus, message);
  showProblems();
}

async function loadFile(file) {
  if (!file) return;
  try {
    const buffer = await file.arrayBuffer();
    let text;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(buffer);
    } catch {
      failLoad("file", file.name, `${file.name} is not UTF-8 text; save it as CSV UTF-8 (or JSON) and open it again.`);
      return;
    }
    if (text.includes("\u0000")) {
      failLoad("file", file.name, `${file.name} is not a text file; open a CSV, TSV or JSON file.`);
      return;
    }
    loadText(text, file.name);
  } catch (error) {
    failLoad("file", file.name, `${file.name} could not be read: ${error.message || error}`);
  }
}

async function loadUrl(address) {
  const url = safeUrl(address);
  if (!url) {
    failLoad("url", "the sheet's link", "Type the http:// or https:// link of the published sheet (File → Share → Publish to web → CSV).");
    return;
  }
  setStatus(el.loadStatus, "Loading…");
  let response;
  try {
    response = await fetch(url, { credentials: "omit", cache: "no-store" });
  } catch {
    failLoad("url", url, navigator.onLine === false
      ? `${url} could not be fetched: this browser is offline.`
      : `${url} could not be fetched: the server does not let other sites read it (CORS), or it cannot be reached. Publish the sheet to the web as CSV and use that link, or download it as CSV and open the file.`);
    return;
  }
  if (!response.ok) {
    failLoad("url", url, `${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}; check the link (and that the sheet is published to the web).`);
    return;
  }
  const text = await response.text();
  const type = (response.headers.get("content-type") || "").toLowerCase();
  if (type.includes("html") || /^\s*</.test(text)) {
    failLoad("url", url, `${url} gave a web page, not CSV: in Google Sheets choose File → Share → Publish to web → Comma-separated values (.csv), and use that link.`);
    return;
  }
  if (!text.trim()) {
    failLoad("url", url, `${url} gave an empty file: is the published sheet empty?`);
    return;
  }
  loadText(text, url);
}

async function fetchText(path) {
  const response = await fetch(new URL(path, import.meta.url));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

// ---- start ---------------------------------------------------------------------------------

function wire() {
  el.paste.addEventListener("input", () => {
    state.source = "sheet";
    state.sheet = el.paste.value;
    loadProblem = null;
    save();
    schedule();
  });
  el.json.addEventListener("input", () => {
    state.source = "json";
    state.json = el.json.value;
    loadProblem = null;
    save();
    schedule();
  });
  el.dates.addEventListener("change", () => {
    state.dates = el.dates.value;
    save();
    schedule();
  });
  for (const zone of [el.paste, document.querySelector(".ed-work")]) {
    zone.addEventListener("dragover", (e) => {
      if ([...(e.dataTransfer?.types || [])].includes("Files")) e.preventDefault();
    });
    zone.addEventListener("drop", (e) => {
      const file = e.dataTransfer?.files?.[0];
      if (!file) return;
      e.preventDefault();
      e.stopPropagation();
      loadFile(file);
    });
  }
  $("file").addEventListener("change", (e) => loadFile(e.target.files[0]));
  $("url-form").addEventListener("submit", (e) => {
    e.preventDefault();
    loadUrl($("url").value);
  });
  $("start-blank").addEventListener("click", async () => {
    try {
      loadText(await fetchText("templates/case-template.csv"), "The template");
    } catch (error) {
      failLoad("file", "the template", `The template could not be loaded: ${error.message}`);
    }
  });
  $("start-example").addEventListener("click", async () => {
    try {
      loadText(await fetchText("cases/nso-amnesty.json"), "The NSO example");
    } catch (error) {
      failLoad("file", "the example", `The example could not be loaded: ${error.message}`);
    }
  });
  const [eventHeader, partyHeader] = sheetHeaders();
  $("header-row").value = eventHeader;
  $("party-header-row").value = partyHeader;
  $("copy-header").addEventListener("click", () => copy($("header-row"), "Header row"));
  $("copy-party-header").addEventListener("click", () => copy($("party-header-row"), "Parties header"));
  for (const radio of document.querySelectorAll("input[name=width]")) {
    radio.checked = radio.value === state.width;
    radio.addEventListener("change", () => {
      state.width = radio.value;
      el.stage.dataset.width = state.width;
      save();
    });
  }
  el.stage.dataset.width = state.width;
  for (const radio of document.querySelectorAll("input[name=embed-mode]")) {
    radio.checked = radio.value === state.embedMode;
    radio.addEventListener("change", () => {
      state.embedMode = radio.value;
      save();
      showOutputs();
    });
  }
  el.caseUrl.value = state.caseUrl;
  el.baseUrl.value = state.base;
  el.caseUrl.addEventListener("input", () => {
    state.caseUrl = el.caseUrl.value;
    save();
    showOutputs();
  });
  el.baseUrl.addEventListener("input", () => {
    state.base = el.baseUrl.value;
    save();
    showOutputs();
  });
  $("download-json").addEventListener("click", () => {
    if (!needCase()) return;
    const text = shownJson.endsWith("\n") ? shownJson : `${shownJson}\n`;
    download("case.json", new Blob([text], { type: "application/json" }));
  });
  $("download-svg").addEventListener("click", () => {
    if (!needCase()) return;
    download("case-timeline.svg", new Blob([caseSvg(shownJson, { width: 960 })], { type: "image/svg+xml" }));
  });
  $("download-png").addEventListener("click", () => downloadPng().catch((e) => setStatus(el.copyStatus, `The PNG could not be made: ${e.message}`)));
  $("download-card").addEventListener("click", () => downloadCard().catch((e) => setStatus(el.copyStatus, `The card could not be made: ${e.message}`)));
  $("copy-embed").addEventListener("click", () => copy(el.embed, "Embed code"));
  $("copy-iframe").addEventListener("click", () => copy(el.iframe, "Iframe code"));
  $("copy-oembed").addEventListener("click", () => copy(el.oembed, "oEmbed JSON"));
  wireDraft();
}

/** Draft from article (issue 16): only when the build exports draftCase(text, published). */
function wireDraft() {
  const draftCase = wasm.draftCase;
  const section = $("draft");
  section.hidden = typeof draftCase !== "function";
  if (section.hidden) return;
  const status = $("draft-status");
  const warnings = $("draft-warnings");
  const explainBox = $("draft-explain-box");
  // The article and its date are part of the work: kept with the rest, restored on reload.
  const article = $("draft-text");
  const published = $("draft-date");
  article.value = state.draftText;
  published.value = state.draftDate;
  article.addEventListener("input", () => {
    state.draftText = article.value;
    save();
  });
  for (const type of ["input", "change"]) {
    published.addEventListener(type, () => {
      state.draftDate = published.value;
      save();
    });
  }
  const show = (line, notes = [], explain = "") => {
    status.textContent = line;
    warnings.replaceChildren(...notes.map((w) => {
      const li = document.createElement("li");
      li.textContent = w;
      return li;
    }));
    warnings.hidden = notes.length === 0;
    $("draft-explain").textContent = explain;
    explainBox.hidden = !explain;
  };
  $("draft-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const text = $("draft-text").value;
    const date = $("draft-date").value;
    if (!text.trim()) return show("Paste the article's text first.");
    if (!date) return show("Give the date the article was published: dates such as \"on Monday\" are read from it.");
    let out;
    try {
      out = draftCase(text, date);
    } catch (error) {
      return show(`No case could be drafted: ${error?.message || error}`);
    }
    if (!out || !out.json) return show(`No case could be drafted: ${out?.error || "the text has no dated events."}`, out?.warnings ?? []);
    let counts = "";
    try {
      const c = JSON.parse(out.json);
      const quotes = (c.events ?? []).reduce((n, ev) => n + (ev.quotes?.length ?? 0), 0);
      counts = ` ${c.events?.length ?? 0} events, ${quotes} quotes, ${c.people?.length ?? 0} people.`;
    } catch {
      // The counts are a courtesy; the JSON box and its problems say the rest.
    }
    useJson(out.json);
    show(`Drafted from the article:${counts} Check every item against the story before you publish.`, out.warnings ?? [], out.explain ?? "");
  });
}

await init();
const saved = restore();
if (saved) state = saved;
el.paste.value = state.sheet;
el.json.value = state.json;
el.dates.value = state.dates;
wire();
if (!saved) {
  try {
    const template = await fetchText("templates/case-template.csv");
    state.sheet = template;
    el.paste.value = template;
  } catch {
    // Offline without the template: start empty.
  }
}
update();
// For tests and for the curious, in the console.
window.caseEditor = {
  get timeline() { return timeline; }, get result() { return result; }, get state() { return state; },
  /** Where large inputs are converted: "worker", "page" (no worker could run) or null (none yet). */
  get converter() { return worker ? "worker" : worker === false ? "page" : null; },
};
document.documentElement.dataset.ready = "true";
