// Types for the package entry (case-timeline): the JavaScript-only part. `make pack`
// (www/tools/pack.mjs) puts in front of it what wasm-bindgen writes from the Rust doc comments
// of src/web/mod.rs — CaseTimeline, validateCase, registerLocale, MountOptions, CaseData,
// CaseProblem — so the API is described once, in Rust. (It leaves out wasm-bindgen's
// `[Symbol.dispose]`, so the package needs no `lib: ["esnext"]` under `strict`.)

/** Anything WebAssembly can be instantiated from, or where to fetch it. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/** The instantiated module's exports (internal; only `memory` is of interest outside). */
export interface InitOutput {
  readonly memory: WebAssembly.Memory;
}

/** Why the timeline could not start or load. */
export type CaseTimelineErrorCode =
  | "wasm-missing"
  | "wasm-mime"
  | "wasm-csp"
  | "wasm-failed"
  | "invalid-case"
  | "case-http"
  | "case-timeout"
  | "case-network"
  | "no-case"
  | "internal";

/** An Error with a machine-readable `code`. */
export class CaseTimelineError extends Error {
  constructor(code: CaseTimelineErrorCode, message: string, options?: { cause?: unknown });
  readonly code: CaseTimelineErrorCode;
}

/** Options of the package's `mount`: those of `CaseTimeline.mount`, and where the .wasm is. */
export interface PackageMountOptions extends MountOptions {
  /** Where the .wasm is, if not next to the package's JavaScript. */
  wasm?: string | URL;
}

/** `detail` of the `error` event. */
export interface CaseTimelineErrorDetail {
  code: CaseTimelineErrorCode;
  message: string;
  /** For "invalid-case": every problem found (empty for the other codes). */
  problems: CaseProblem[];
}

/** `detail` of the `ready` and `problems` events. */
export interface CaseTimelineProblemsDetail {
  /** What was left out or ignored (empty when the case is clean). */
  problems: CaseProblem[];
}

/** `detail` of the `select` event. */
export interface CaseTimelineSelectDetail {
  id: string;
}

/**
 * Downloads and compiles the WebAssembly once (concurrent calls share one download and one
 * compile). Rejects with a CaseTimelineError ("wasm-missing", "wasm-mime", "wasm-csp",
 * "wasm-failed"); a failed init may be retried.
 */
export default function init(
  options?: { module_or_path?: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput> | string,
): Promise<InitOutput>;

/**
 * `await init()` while the case's language pack loads (`loadLocale`), then
 * `CaseTimeline.mount(element, data, options)`.
 */
export function mount(element: HTMLElement, data: CaseData, options?: PackageMountOptions): Promise<CaseTimeline>;

/**
 * Fetches the language pack for `tag` (`locales/<language>.json` next to the package, once per
 * page) and registers it for the timelines mounted after it, now or once `init()` has run.
 * Resolves to false for English (compiled in), a language without a pack, or a pack that could
 * not be loaded (English words then, with a console warning). `mount` and `<case-timeline>`
 * call it themselves; call it before `CaseTimeline.mount` or `setCase` for a case in another
 * language.
 */
export function loadLocale(tag: string): Promise<boolean>;

/**
 * True when timelines can be shown in `tag` at once: English, a language without a pack, or one
 * whose pack `loadLocale` has already loaded (or failed to load); else wait for `loadLocale(tag)`.
 */
export function localeReady(tag: string): boolean;
