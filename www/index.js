// case-timeline: the package entry.
//
//   import init, { CaseTimeline, mount } from "case-timeline";
//
// The reader's build reads the case format; `mount()` and <case-timeline> hand TimelineJS3 JSON
// and spreadsheets to the editor/diagnostics build first (`prepareCase`, loaded on demand).
//   await init();                                   // once per page; later calls share it
//   CaseTimeline.mount(element, caseJsonOrObject, { theme: "auto" });
//
// `init()` downloads and compiles the WebAssembly once, however often and however concurrently
// it is called, and turns every way that can fail into an Error with a `code`:
//   "wasm-missing"  the .wasm could not be downloaded (HTTP error, offline, blocked);
//   "wasm-mime"     something that is not WebAssembly came back (a dev server's HTML page);
//   "wasm-csp"      the page's Content-Security-Policy forbids WebAssembly (add 'wasm-unsafe-eval');
//   "wasm-failed"   anything else (no WebAssembly in this browser, a broken file).
// Its `message` is English (for developers, like validation messages); the failure panel says the
// same in the reader's language.
//
// Languages: the program has English compiled in. `mount` (and <case-timeline>) first decide the
// case's language (the `locale` option, else the case's `locale`), fetch that one pack
// (locales/<language>.json, next to this file) and register it, then mount; `loadLocale(tag)` does
// the same for callers of `CaseTimeline.mount`. A pack that cannot be loaded leaves English words
// (and the browser's dates) with a console warning.
// In the repository this file imports ../pkg/; `make pack` rewrites the two paths below for the
// flat npm package (./case_timeline.js, ./case_timeline_bg.wasm).
import glueInit, { CaseTimeline, validateCase as validateLoaded, registerLocale } from "../pkg/case_timeline.js";
import { CaseTimelineError, failurePanel, fault } from "./failure.js";
import { caseLocale, chooseLanguage, fetchPack, settledPack, words } from "./language.js";

export { CaseTimeline, registerLocale, CaseTimelineError };

// The default .wasm: the page's <meta name="case-timeline-wasm" content="…"> if it has one,
// else the file next to the glue (written as `new URL("literal", import.meta.url)` so that
// webpack, Vite, Parcel and Next.js emit the file and rewrite the address).
const defaultWasm = () => {
  const declared = globalThis.document?.querySelector?.('meta[name="case-timeline-wasm"]')?.content;
  return declared ? new URL(declared, document.baseURI) : new URL("../pkg/case_timeline_bg.wasm", import.meta.url);
};

let pending = null;

// The default .wasm is requested as soon as the page's modules have run (a microtask after this
// one is imported), so its download (and the streaming compile that follows) overlaps whatever
// the page does before calling init(). init() without a source of its own uses this response. A
// page that calls init() with its own source right after its imports never requests the default
// file at all (no stray 404 where the .wasm lives elsewhere).
let early = null;
function earlyResponse() {
  if (early === null && pending === null && typeof window === "object" && typeof fetch === "function") {
    early = fetch(defaultWasm()).then((response) => ({ response }), (error) => ({ error }));
  }
  return early;
}
queueMicrotask(earlyResponse);

/**
 * Downloads and compiles the WebAssembly, once. `options` may be omitted, a URL (string or URL)
 * of the .wasm, or `{ module_or_path }` as wasm-bindgen's init takes it (a URL, Request,
 * Response, bytes or a compiled WebAssembly.Module, or a promise of one). Concurrent calls share
 * one download and one compile; the first call's options win. A failed init may be retried.
 */
export default function init(options) {
  if (pending === null) {
    const attempt = start(options);
    pending = attempt;
    attempt.catch(() => {
      if (pending === attempt) pending = null;
    });
  }
  return pending;
}

async function start(options) {
  if (typeof WebAssembly !== "object" || WebAssembly === null) {
    throw fault("wasm-failed", "js.no_wasm");
  }
  let source = options;
  if (source !== null && typeof source === "object" && Object.getPrototypeOf(source) === Object.prototype) {
    source = source.module_or_path;
  }
  if (source === undefined || source === null) {
    const preloaded = await earlyResponse();
    early = null; // a response is read once; a retry fetches again
    if (preloaded?.response) source = preloaded.response;
    else if (preloaded?.error) {
      const where = String(defaultWasm());
      throw fault("wasm-missing", "js.wasm_missing", { url: where, reason: preloaded.error.message || preloaded.error }, { cause: preloaded.error });
    }
  }
  source = await (source ?? defaultWasm());
  let where = "the WebAssembly file";
  if (typeof source === "string" || source instanceof URL || (typeof Request === "function" && source instanceof Request)) {
    where = String(source instanceof Request ? source.url : new URL(String(source), globalThis.document?.baseURI ?? globalThis.location?.href));
    let response;
    try {
      response = await fetch(source);
    } catch (error) {
      throw fault("wasm-missing", "js.wasm_missing", { url: where, reason: error.message || error }, { cause: error });
    }
    source = response;
  }
  if (typeof Response === "function" && source instanceof Response) {
    if (source.url) where = source.url;
    source = await checked(source, where);
  }
  let output;
  try {
    output = await glueInit({ module_or_path: source });
  } catch (error) {
    throw classify(error, where);
  }
  running = true;
  for (const pack of waiting) register(pack);
  waiting.length = 0;
  return output;
}

/** The Response itself if it is served as application/wasm, else its bytes if they are wasm. */
async function checked(response, where) {
  if (!response.ok) {
    throw fault("wasm-missing", "js.wasm_http", { url: where, status: `${response.status}${response.statusText ? ` ${response.statusText}` : ""}` });
  }
  const type = (response.headers.get("content-type") || "").split(";")[0].trim().toLowerCase();
  if (type === "application/wasm") return response;
  let bytes;
  try {
    bytes = await response.arrayBuffer();
  } catch (error) {
    throw fault("wasm-missing", "js.wasm_missing", { url: where, reason: error.message || error }, { cause: error });
  }
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  const isWasm = head.length === 4 && head[0] === 0 && head[1] === 0x61 && head[2] === 0x73 && head[3] === 0x6d;
  if (!isWasm) {
    throw fault("wasm-mime", "js.wasm_mime", { url: where, type: `"${type}"` });
  }
  // Real WebAssembly with a wrong type still runs (without streaming compilation).
  console.warn(`case-timeline: ${where} is served as ${type ? `"${type}"` : "no type"}; serve .wasm as "application/wasm" so it compiles while it downloads.`);
  return bytes;
}

function classify(error, where) {
  if (error instanceof CaseTimelineError) return error;
  const message = String((error && error.message) || error);
  if (/Content.Security.Policy|unsafe-eval|wasm-eval|\bCSP\b/i.test(message)) {
    return fault("wasm-csp", "js.wasm_csp", {}, { cause: error });
  }
  if (/failed to fetch Wasm/i.test(message)) {
    return fault("wasm-missing", "js.wasm_missing", { url: where, reason: message }, { cause: error });
  }
  return fault("wasm-failed", "js.wasm_start", { url: where, reason: message }, { cause: error });
}

/** The program runs: packs can be registered. Until then, fetched packs wait here. */
let running = false;

/**
 * Every problem of case text (see the glue's validateCase). Needs the program: before `init()`
 * has resolved it throws a CaseTimelineError (code "not-initialized") saying so.
 */
export function validateCase(text, format) {
  if (!running) throw new CaseTimelineError("not-initialized", "await init() first");
  return validateLoaded(text, format);
}
const waiting = [];
const registered = new WeakSet();

function register(pack) {
  if (registered.has(pack)) return;
  registered.add(pack);
  registerLocale(pack);
}

/**
 * True for data the reader's build does not read itself: TimelineJS3 JSON (no `version`, events
 * with a `start_date`) or a spreadsheet as CSV/TSV text (a header row naming a Year and a
 * Headline column, or a Date and a Title column). A cheap look, not a parse.
 */
export function needsImport(data) {
  if (typeof data === "string") {
    const text = data.replace(/^\uFEFF/, "");
    const start = text.trimStart();
    if (start.startsWith("{")) return text.includes('"start_date"') && !/"version"\s*:/.test(text);
    if (start.startsWith("[") || start === "") return false;
    const header = text.slice(0, text.search(/\r?\n|$/)).toLowerCase();
    const cells = header.split(/[,\t;]/).map((c) => c.trim().replace(/^"|"$/g, "").trim());
    return (cells.includes("year") && cells.includes("headline")) || (cells.includes("date") && cells.includes("title"));
  }
  return data !== null && typeof data === "object" && !("version" in data) && Array.isArray(data.events)
    && data.events.some((e) => e && typeof e === "object" && e.start_date);
}

let editor = null;
/**
 * `{ data, problems }`: `data` itself (and no problems) in the case format, else what the
 * editor/diagnostics build (loaded only now, once per page) makes of TimelineJS3 JSON or a
 * spreadsheet, with what the import noticed (media left out, …: pass them to
 * `CaseTimeline.mount` as the `imported` option). Whatever cannot be converted is returned
 * unchanged, so the timeline says what is wrong with it.
 */
export async function importCase(data) {
  if (!needsImport(data)) return { data, problems: [] };
  try {
    editor ??= import("../pkg-editor/case_timeline.js").then(async (glue) => {
      await glue.default();
      return glue;
    });
    const glue = await editor;
    const text = typeof data === "string" ? data : JSON.stringify(data);
    const converted = glue.convertCase(text);
    // Nothing imported: every problem says why (the widget shows them as its errors).
    if (converted.json === null || converted.json === undefined) return { data, problems: converted.problems };
    // The validator's problems come again from the reader when it reads the converted case.
    const problems = converted.problems.filter((p) => p.kind === "import");
    return { data: converted.json, problems };
  } catch (error) {
    editor = null;
    console.warn(`case-timeline: the importer could not be loaded (${error?.message || error}); the case is shown as it is.`);
    return { data, problems: [] };
  }
}

/** `importCase(data).data`: case JSON for any input the widget takes. */
export async function prepareCase(data) {
  return (await importCase(data)).data;
}

/**
 * Fetches the language pack for `tag` (locales/<language>.json, next to this file; once per page)
 * and registers it for the timelines mounted after it, now or as soon as `init()` has run.
 * Resolves to true when a pack is registered (or will be), false for English (compiled in), a
 * language without a pack, or a pack that could not be loaded (English words, with a console
 * warning; never a failure). `mount` and <case-timeline> call it themselves.
 */
export async function loadLocale(tag) {
  const pack = await fetchPack(String(tag ?? ""));
  if (pack === null) return false;
  if (running) register(pack);
  else waiting.push(pack);
  return true;
}

/**
 * True when the timelines can be shown in `tag` now, without waiting: English, a language
 * without a pack, or one whose pack has been loaded (and is registered by this call) or has
 * failed. Else `loadLocale(tag)` is what to wait for. (For <case-timeline>, which shows a new
 * case at once when it can.)
 */
export function localeReady(tag) {
  const known = settledPack(String(tag ?? ""));
  if (known === null) return false;
  if (known.pack !== null) {
    if (running) register(known.pack);
    else return false;
  }
  return true;
}

/**
 * Convenience: `await init()` (with `options.wasm` as the .wasm URL, if given) while the case's
 * language pack loads (`loadLocale`), then `CaseTimeline.mount(element, data, options)`. If the
 * program cannot start, the element shows why (in the case's language), receives an `error`
 * event (`detail.code`, `detail.message`) and the promise rejects with the same
 * CaseTimelineError. The page must load `case-timeline.css` itself.
 */
export async function mount(element, data, options = {}) {
  const language = chooseLanguage(options?.locale, caseLocale(data));
  // pageLocale: the language a case that cannot be drawn and states none explains itself in.
  const page = !options?.locale && caseLocale(data) === null && options?.pageLocale;
  const pack = Promise.all([loadLocale(language), page && loadLocale(page)]);
  try {
    await init(options && options.wasm ? { module_or_path: options.wasm } : undefined);
  } catch (error) {
    const failure = error instanceof CaseTimelineError ? error : new CaseTimelineError("wasm-failed", String(error), { cause: error });
    await pack;
    showFailure(element, failure, await fetchPack(language), options && options.theme);
    element.dispatchEvent(new CustomEvent("error", { detail: { code: failure.code, message: failure.message, problems: [] } }));
    throw failure;
  }
  const prepared = importCase(data);
  await pack;
  const { data: value, problems } = await prepared;
  return CaseTimeline.mount(element, value, problems.length ? { ...options, imported: problems } : options);
}

/** The failure panel, for failures before the widget exists (text only), in `pack`'s words. */
function showFailure(element, failure, pack, theme) {
  const { code, message, key, values } = failure;
  element.append(failurePanel(element.ownerDocument, { code, message, key, values, theme, words: words(pack) }));
}
