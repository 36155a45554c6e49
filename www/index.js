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
// In the repository this file imports ../pkg/; `make pack` rewrites the two paths below for the
// flat npm package (./case_timeline.js, ./case_timeline_bg.wasm).
import glueInit, { CaseTimeline, validateCase, registerLocale } from "../pkg/case_timeline.js";
import { failurePanel } from "./failure.js";

export { CaseTimeline, validateCase, registerLocale };

/** An Error with a machine-readable `code` (see above). */
export class CaseTimelineError extends Error {
  constructor(code, message, options) {
    super(message, options);
    this.name = "CaseTimelineError";
    this.code = code;
  }
}

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
    throw new CaseTimelineError("wasm-failed", "This browser cannot run the timeline: WebAssembly is not available (is it turned off, as in Lockdown Mode?).");
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
      throw new CaseTimelineError("wasm-missing", `The timeline's program could not be downloaded from ${where}: ${preloaded.error.message || preloaded.error} (offline, or blocked by CORS or a Content-Security-Policy?).`, { cause: preloaded.error });
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
      throw new CaseTimelineError("wasm-missing", `The timeline's program could not be downloaded from ${where}: ${error.message || error} (offline, or blocked by CORS or a Content-Security-Policy?).`, { cause: error });
    }
    source = response;
  }
  if (typeof Response === "function" && source instanceof Response) {
    if (source.url) where = source.url;
    source = await checked(source, where);
  }
  try {
    return await glueInit({ module_or_path: source });
  } catch (error) {
    throw classify(error, where);
  }
}

/** The Response itself if it is served as application/wasm, else its bytes if they are wasm. */
async function checked(response, where) {
  if (!response.ok) {
    throw new CaseTimelineError("wasm-missing", `The timeline's program could not be downloaded: ${where} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`);
  }
  const type = (response.headers.get("content-type") || "").split(";")[0].trim().toLowerCase();
  if (type === "application/wasm") return response;
  let bytes;
  try {
    bytes = await response.arrayBuffer();
  } catch (error) {
    throw new CaseTimelineError("wasm-missing", `The timeline's program could not be downloaded from ${where}: ${error.message || error}.`, { cause: error });
  }
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  const isWasm = head.length === 4 && head[0] === 0 && head[1] === 0x61 && head[2] === 0x73 && head[3] === 0x6d;
  if (!isWasm) {
    throw new CaseTimelineError("wasm-mime", `The timeline's program at ${where} came back as ${type ? `"${type}"` : "an unknown type"}, not WebAssembly ("application/wasm"). The server answered with another file, often a development server's HTML page: with Vite, add optimizeDeps: { exclude: ["case-timeline"] } to vite.config; otherwise serve the .wasm file itself, as application/wasm.`);
  }
  // Real WebAssembly with a wrong type still runs (without streaming compilation).
  console.warn(`case-timeline: ${where} is served as ${type ? `"${type}"` : "no type"}; serve .wasm as "application/wasm" so it compiles while it downloads.`);
  return bytes;
}

function classify(error, where) {
  if (error instanceof CaseTimelineError) return error;
  const message = String((error && error.message) || error);
  if (/Content.Security.Policy|unsafe-eval|wasm-eval|\bCSP\b/i.test(message)) {
    return new CaseTimelineError("wasm-csp", "This page's Content-Security-Policy does not allow WebAssembly, which the timeline needs: add 'wasm-unsafe-eval' to its script-src (for example script-src 'self' 'wasm-unsafe-eval').", { cause: error });
  }
  if (/failed to fetch Wasm/i.test(message)) {
    return new CaseTimelineError("wasm-missing", `The timeline's program could not be downloaded: ${message}`, { cause: error });
  }
  return new CaseTimelineError("wasm-failed", `The timeline's program (${where}) could not start: ${message}`, { cause: error });
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
 * Case JSON for `data`: `data` itself in the case format, else what the editor/diagnostics build
 * (loaded only now, once per page) makes of TimelineJS3 JSON or a spreadsheet. Whatever cannot be
 * converted is returned unchanged, so the timeline says what is wrong with it.
 */
export async function prepareCase(data) {
  if (!needsImport(data)) return data;
  try {
    editor ??= import("../pkg-editor/case_timeline.js").then(async (glue) => {
      await glue.default();
      return glue;
    });
    const glue = await editor;
    const text = typeof data === "string" ? data : JSON.stringify(data);
    const converted = glue.convertCase(text);
    return converted.json ?? data;
  } catch (error) {
    editor = null;
    console.warn(`case-timeline: the importer could not be loaded (${error?.message || error}); the case is shown as it is.`);
    return data;
  }
}

/**
 * Convenience: `await init()` (with `options.wasm` as the .wasm URL, if given), then
 * `CaseTimeline.mount(element, data, options)`. If the program cannot start, the element shows
 * why, receives an `error` event (`detail.code`, `detail.message`) and the promise rejects with
 * the same CaseTimelineError. The page must load `case-timeline.css` itself.
 */
export async function mount(element, data, options = {}) {
  try {
    await init(options && options.wasm ? { module_or_path: options.wasm } : undefined);
  } catch (error) {
    const failure = error instanceof CaseTimelineError ? error : new CaseTimelineError("wasm-failed", String(error), { cause: error });
    showFailure(element, failure.code, failure.message, options && options.theme);
    element.dispatchEvent(new CustomEvent("error", { detail: { code: failure.code, message: failure.message, problems: [] } }));
    throw failure;
  }
  return CaseTimeline.mount(element, await prepareCase(data), options);
}

/** The failure panel, for failures before the widget exists (text only). */
function showFailure(element, code, message, theme) {
  element.append(failurePanel(element.ownerDocument, { code, message, theme }));
}
