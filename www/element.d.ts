// Types for case-timeline/element: the <case-timeline> custom element.
import type { CaseTimeline, CaseData, CaseTimelineErrorDetail, CaseTimelineProblemsDetail, CaseTimelineSelectDetail } from "./index.js";

export type { CaseData, CaseTimelineErrorDetail, CaseTimelineProblemsDetail, CaseTimelineSelectDetail };

/** The events <case-timeline> dispatches (on itself; `select` bubbles). */
export interface CaseTimelineElementEventMap {
  ready: CustomEvent<CaseTimelineProblemsDetail>;
  problems: CustomEvent<CaseTimelineProblemsDetail>;
  error: CustomEvent<CaseTimelineErrorDetail>;
  select: CustomEvent<CaseTimelineSelectDetail>;
}

/**
 * `<case-timeline src="case.json" theme="dark" locale="en" event="ruling" height="400">`.
 * Attributes: src, locale, theme, height, event, hash, timeout (ms), wasm (URL of the .wasm).
 */
export class CaseTimelineElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The mounted widget, or null while loading or after a failure. */
  readonly timeline: CaseTimeline | null;
  /** The case as an object or JSON text; takes precedence over `src`. */
  data: CaseData | null;
  connectedCallback(): void;
  disconnectedCallback(): void;
  attributeChangedCallback(name: string, before: string | null, after: string | null): void;
  addEventListener<K extends keyof CaseTimelineElementEventMap>(
    type: K,
    listener: (this: CaseTimelineElement, event: CaseTimelineElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: CaseTimelineElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof CaseTimelineElementEventMap>(
    type: K,
    listener: (this: CaseTimelineElement, event: CaseTimelineElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: CaseTimelineElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "case-timeline": CaseTimelineElement;
  }
}
