// Types for the package entry (case-timeline), written by hand from wasm-bindgen's
// case_timeline.d.ts so that they need no `lib: ["esnext"]` (wasm-bindgen's declare
// [Symbol.dispose]) and compile under `strict` with `skipLibCheck: false`.
// tests/e2e/bundlers.test.mjs checks that every method wasm-bindgen generates is declared here.

/** Anything WebAssembly can be instantiated from, or where to fetch it. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/** The instantiated module's exports (internal; only `memory` is of interest outside). */
export interface InitOutput {
  readonly memory: WebAssembly.Memory;
}

/** An interactive timeline mounted in an element. */
export class CaseTimeline {
  private constructor();
  /**
   * Mounts a timeline in `element`: `data` is case JSON text or a parsed object (our format or
   * TimelineJS3). A bad case does not throw: the widget shows what is wrong and dispatches an
   * `error` event on `element`; a good one dispatches `ready`.
   */
  static mount(element: HTMLElement, data: CaseData, options?: MountOptions): CaseTimeline;
  /** Replaces the case (JSON text or object). */
  setCase(data: CaseData): void;
  /** Focuses the event with this id and opens its details; false if there is no such event. */
  select(id: string): boolean;
  /** The problems found in the case, as `line:column: path: message` lines. */
  problems(): string[];
  /** Where each drawn event's mark is, in CSS px from the canvas' top-left corner. */
  eventAnchors(): Array<{ id: string; title: string; x: number; y: number }>;
  /** The visible interval as civil date-times. */
  visibleRange(): { start: string; end: string };
  /** Removes the widget from the page and releases every listener, observer and frame. */
  destroy(): void;
  /** Frees the Rust side of this object (after `destroy()`); it cannot be used afterwards. */
  free(): void;
}

/** The problems in case JSON text, as `line:column: path: message` lines (empty when clean). */
export function validateCase(text: string): string[];

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

/** Options of `CaseTimeline.mount` and `mount`. */
export interface MountOptions {
  /** "light" or "dark"; anything else (or absent) follows the reader's preference. */
  theme?: "light" | "dark" | "auto";
  /** BCP 47 tag for dates and text direction; default: the case's `locale`. */
  locale?: string;
  /** Write `#event-<id>` to the address bar when an event is selected. */
  hash?: boolean;
  /** `mount` only: where the .wasm is, if not next to the package's JavaScript. */
  wasm?: string | URL;
}

/** A case: case-format or TimelineJS3 JSON, as text or as a parsed object. */
export type CaseData = string | object;

/** `detail` of the `error` event. */
export interface CaseTimelineErrorDetail {
  code: CaseTimelineErrorCode;
  message: string;
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

/** `await init()`, then `CaseTimeline.mount(element, data, options)`. */
export function mount(element: HTMLElement, data: CaseData, options?: MountOptions): Promise<CaseTimeline>;
