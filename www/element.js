// <case-timeline>: the custom element. Importing this module registers it (once, however often
// the module is loaded).
//
//   <case-timeline src="cases/nso-amnesty.json" theme="auto" event="ruling"></case-timeline>
//
// Attributes: src (URL of case JSON or TimelineJS JSON), locale, theme ("light" | "dark" | absent
// for the reader's preference), height (space reserved while loading and minimum height: a number
// of CSS px or a CSS length), event (the event selected first), hash (write #event-<id> to the
// address), header ("none": leave out the case's title, summary, outcome and source credit, for
// pages that show them already), timeout (ms for src, default 9000), wasm (URL of
// case_timeline_bg.wasm, if it is not next to the package's JS). Instead of src: a
// <script type="application/json"> child, or the `data` property (an object or JSON text).
// Events: ready, error (detail.code, detail.message), select (detail.id). Styles live in a
// shadow root; theme with the --ct-* custom properties, on the element or any ancestor: changing
// them later redraws the timeline (it notices), and so does changing the theme attribute.
// Language: the locale attribute, else the case's `locale` (its pack is fetched before the
// widget mounts); the loading line and the failure panels use the locale attribute, else the
// case's language once known, else the page's `lang` (so does the problem list of a case that
// cannot be drawn and states no language).
import init, { CaseTimeline, CaseTimelineError, importCase, loadLocale, localeReady, needsImport } from "./index.js";
import { failurePanel, fault, statusPanel } from "./failure.js";
import { caseLocale, chooseLanguage, fetchPack, words } from "./language.js";
// The stylesheet as text (written by `make build` from case-timeline.css): no fetch, which every
// bundler's dev server handles and which saves a request. Browsers without constructable
// stylesheets link the .css file instead.
import WIDGET_CSS from "./case-timeline.css.js";

const STYLESHEET = new URL("./case-timeline.css", import.meta.url);
// 9 s, so the error event arrives within the 10 s an embedding page may wait for it.
const DEFAULT_TIMEOUT = 9000;
const HOST_CSS = `:host { display: block; }
:host([hidden]) { display: none; }
.ct-status { padding: 10px 12px; font-size: 14px; color: var(--_muted); }`;

const Base = globalThis.HTMLElement ?? class {};
const constructable = typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype
  && typeof ShadowRoot === "function" && "adoptedStyleSheets" in ShadowRoot.prototype;

let hostSheet = null;
function theHostSheet() {
  if (hostSheet === null && constructable) {
    hostSheet = new CSSStyleSheet();
    hostSheet.replaceSync(HOST_CSS);
  }
  return hostSheet;
}

// The widget's stylesheet, made once for every element on the page and shared by them all (a
// constructed stylesheet: no inline <style>, so a CSP without 'unsafe-inline' allows it).
let widgetSheet = null;
function loadWidgetSheet() {
  if (widgetSheet === null && constructable) {
    widgetSheet = new CSSStyleSheet();
    widgetSheet.replaceSync(WIDGET_CSS);
  }
  return Promise.resolve(widgetSheet);
}

/** A stale load (the element was disconnected or given another case meanwhile). */
const STALE = Symbol("stale");

export class CaseTimelineElement extends Base {
  static observedAttributes = ["src", "locale", "theme", "height", "event", "hash", "header"];

  #shadow;
  #box;
  #timeline = null;
  /** Aborted on disconnect: removes the document listeners. */
  #life = null;
  /** Aborted when the widget is destroyed: removes the listeners on the widget's host. */
  #mountLife = null;
  #observer = null;
  #fetch = null;
  #timer = 0;
  #scheduled = 0;
  #generation = 0;
  #data = null;
  // What importing the case being mounted noticed (TimelineJS3 media left out, …).
  #imported = [];
  /** The case the widget shows (text or object), for re-mounting with other options. */
  #current = null;
  /** The last text loaded from `src`, reused when the element is moved. */
  #cache = null;

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: "open" });
    const sheet = theHostSheet();
    if (sheet) this.#shadow.adoptedStyleSheets = [sheet];
    this.#box = document.createElement("div");
    this.#box.className = "ct-host";
    this.#box.setAttribute("part", "timeline");
    this.#shadow.append(this.#box);
  }

  /** The mounted CaseTimeline (setCase, select, problems, eventAnchors, visibleRange), or null. */
  get timeline() {
    return this.#timeline;
  }

  /** The case given as a property (object or JSON text); it takes precedence over src. */
  get data() {
    return this.#data;
  }

  set data(value) {
    this.#data = value ?? null;
    if (!this.#life) return;
    if (this.#data !== null && this.#timeline) this.#load();
    else this.#schedule();
  }

  connectedCallback() {
    if (this.#life) return;
    this.#life = new AbortController();
    const { signal } = this.#life;
    this.#observer = new MutationObserver(() => {
      // A <script type="application/json"> child added or edited by a script.
      if (this.#data === null && !this.hasAttribute("src") && document.readyState !== "loading") this.#schedule();
    });
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    if (document.readyState === "loading") {
      // The parser may not have reached the inline JSON child yet.
      document.addEventListener("DOMContentLoaded", () => this.#schedule(), { once: true, signal });
    }
    this.#schedule();
  }

  disconnectedCallback() {
    clearTimeout(this.#scheduled);
    this.#generation++;
    this.#life?.abort();
    this.#life = null;
    this.#observer?.disconnect();
    this.#observer = null;
    this.#abortFetch();
    this.#destroy();
  }

  attributeChangedCallback(name, before, after) {
    if (name === "height") {
      this.#applyHeight(after);
      return;
    }
    if (before === after || !this.#life) return;
    if (name === "src") {
      if (this.#data === null) this.#schedule();
    } else if (name === "event") {
      if (this.#timeline && after) this.#timeline.select(after);
    } else if (name === "locale" && this.#timeline && this.#current !== null) {
      // An option of mount: mount again with the same case, once the language's pack is in.
      const [current, generation] = [this.#current, this.#generation];
      if (localeReady(this.#language(current))) {
        this.#mount(current);
        return;
      }
      this.#loadLanguage(current).then(() => {
        if (generation === this.#generation && this.#timeline && this.#current === current) this.#mount(current);
      });
    } else if (this.#timeline && this.#current !== null) {
      // theme, locale, hash, header: options of mount, so mount again with the same case.
      this.#mount(this.#current);
    }
  }

  #applyHeight(value) {
    const text = (value ?? "").trim();
    const length = /^\d+(\.\d+)?$/.test(text) ? `${text}px` : text;
    const valid = length !== "" && (typeof CSS === "undefined" || CSS.supports("min-height", length));
    this.#box.style.minHeight = valid ? length : "";
  }

  #source() {
    if (this.#data !== null) return { kind: "data", value: this.#data };
    const src = this.getAttribute("src");
    if (src) {
      try {
        return { kind: "src", url: new URL(src, document.baseURI) };
      } catch {
        return { kind: "bad-src", src };
      }
    }
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) return { kind: "inline", value: script.textContent };
    return null;
  }

  /**
   * Loads in the next task, not at once: attributes, children and `data` set right after the
   * element is created count, and a page script's own `init(wasmUrl)`, run just after this module
   * was imported, comes before the element's `init()` (the first call decides where the .wasm is).
   */
  #schedule() {
    clearTimeout(this.#scheduled);
    this.#scheduled = setTimeout(() => this.#load(), 0);
  }

  #load() {
    clearTimeout(this.#scheduled);
    this.#loadNow().catch((error) => {
      // Never an unhandled rejection: anything unexpected is shown like any other failure.
      if (this.#life) this.#fail(fault("internal", "js.internal", { reason: error?.message || error }), this.#generation).catch(() => {});
    });
  }

  async #loadNow() {
    if (!this.#life) return;
    const generation = ++this.#generation;
    this.#abortFetch();
    const source = this.#source();
    if (source?.kind === "bad-src") {
      await this.#fail(fault("case-network", "js.bad_src", { src: source.src }), generation);
      return;
    }
    if (source === null) {
      if (document.readyState === "loading") {
        this.#showStatus(generation);
      } else {
        await this.#fail(fault("no-case", "js.no_case"), generation);
      }
      return;
    }
    if (source.kind !== "src" && this.#timeline && !needsImport(source.value)) {
      // The program is running already: show the new case at once, or once its language pack
      // (needed for the first time) is in.
      if (!localeReady(this.#language(source.value))) {
        await this.#loadLanguage(source.value);
        if (generation !== this.#generation || !this.#timeline) return;
      }
      this.#current = source.value;
      this.#timeline.setCase(source.value);
      this.#selectInitial();
      return;
    }
    if (!this.#timeline) this.#showStatus(generation);
    const wasm = this.getAttribute("wasm");
    let value;
    try {
      const options = wasm ? { module_or_path: new URL(wasm, document.baseURI) } : undefined;
      [, value] = await Promise.all([
        init(options),
        source.kind === "src" ? this.#fetchCase(source.url, generation) : source.value,
      ]);
    } catch (error) {
      if (error === STALE || generation !== this.#generation) return;
      const failure = error instanceof CaseTimelineError ? error : new CaseTimelineError("wasm-failed", String(error?.message || error));
      await loadWidgetSheet().then((sheet) => this.#adopt(sheet));
      if (generation === this.#generation) await this.#fail(failure, generation);
      return;
    }
    // TimelineJS3 JSON or a spreadsheet: converted by the editor build, loaded only for it.
    const imported = await importCase(value);
    value = imported.data;
    this.#imported = imported.problems;
    const [sheet] = await Promise.all([loadWidgetSheet(), this.#loadLanguage(value)]);
    if (generation !== this.#generation) return;
    this.#adopt(sheet);
    if (this.#timeline && this.#imported.length === 0) {
      this.#current = value;
      this.#timeline.setCase(value);
      this.#selectInitial();
    } else {
      this.#mount(value);
    }
  }

  async #fetchCase(url, generation) {
    if (this.#cache?.url === url.href) return this.#cache.text;
    const controller = new AbortController();
    const timeout = Number(this.getAttribute("timeout")) > 0 ? Number(this.getAttribute("timeout")) : DEFAULT_TIMEOUT;
    let timedOut = false;
    this.#fetch = controller;
    this.#timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } });
      if (!response.ok) {
        throw fault("case-http", "js.case_http", { url, status: `${response.status}${response.statusText ? ` ${response.statusText}` : ""}` });
      }
      const text = await response.text();
      this.#cache = { url: url.href, text };
      return text;
    } catch (error) {
      if (error instanceof CaseTimelineError) throw error;
      if (timedOut) {
        throw fault("case-timeout", "js.case_timeout", { url, n: timeout / 1000 });
      }
      if (controller.signal.aborted || generation !== this.#generation) throw STALE;
      throw fault("case-network", "js.case_network", { url, reason: error.message || error });
    } finally {
      clearTimeout(this.#timer);
      if (this.#fetch === controller) this.#fetch = null;
    }
  }

  #abortFetch() {
    clearTimeout(this.#timer);
    this.#fetch?.abort();
    this.#fetch = null;
  }

  #adopt(sheet) {
    const host = theHostSheet();
    if (constructable) {
      this.#shadow.adoptedStyleSheets = [host, sheet].filter(Boolean);
    } else if (!this.#shadow.querySelector("link")) {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = STYLESHEET.href;
      this.#shadow.prepend(link);
    }
  }

  #options() {
    const options = { hash: this.hasAttribute("hash") };
    const theme = this.getAttribute("theme");
    if (theme === "light" || theme === "dark") options.theme = theme;
    const locale = this.getAttribute("locale");
    if (locale) options.locale = locale;
    // A case that cannot be drawn and states no language explains itself in the page's.
    const page = this.#pageLanguage();
    if (page) options.pageLocale = page;
    if (this.getAttribute("header") === "none") options.header = "none";
    return options;
  }

  #mount(value) {
    this.#destroy();
    this.#box.replaceChildren();
    this.#current = value;
    this.#mountLife = new AbortController();
    for (const type of ["ready", "error", "problems", "select"]) {
      this.#box.addEventListener(type, (event) => {
        event.stopPropagation();
        this.#emit(type, event.detail);
      }, { signal: this.#mountLife.signal });
    }
    try {
      const options = this.#options();
      if (this.#imported.length) options.imported = this.#imported;
      this.#imported = [];
      this.#timeline = CaseTimeline.mount(this.#box, value, options);
      this.#selectInitial();
    } catch (error) {
      this.#fail(fault("internal", "js.internal", { reason: error?.message || error }), this.#generation);
    }
  }

  /** The language `value` (the case) is shown in, with this element's locale attribute. */
  #language(value) {
    return chooseLanguage(this.getAttribute("locale"), caseLocale(value));
  }

  /** The language pack for `value` (the case) with this element's locale, registered. */
  #loadLanguage(value) {
    const packs = [loadLocale(this.#language(value))];
    // With no language of its own, the case's problems (if it has any) are told in the page's.
    const page = this.#pageLanguage();
    if (page && !this.getAttribute("locale") && caseLocale(value) === null) packs.push(loadLocale(page));
    return Promise.all(packs);
  }

  #pageLanguage() {
    return this.closest("[lang]")?.getAttribute("lang") || null;
  }

  /** The language of the loading line and failure panels: the attribute, else the page's. */
  #panelLanguage() {
    return chooseLanguage(this.getAttribute("locale"), this.#pageLanguage());
  }

  #selectInitial() {
    const id = this.getAttribute("event");
    if (id && this.#timeline && !this.#timeline.select(id)) {
      console.warn(`case-timeline: event="${id}" is not an event of this case.`);
    }
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: type === "select" }));
  }

  #destroy() {
    this.#mountLife?.abort();
    this.#mountLife = null;
    const timeline = this.#timeline;
    this.#timeline = null;
    if (timeline) {
      try {
        timeline.destroy();
        timeline.free();
      } catch {
        // Already released after an internal error: nothing left to free.
      }
    }
  }

  #show(panel) {
    this.#destroy();
    this.#box.replaceChildren(panel);
  }

  /** "Loading the timeline…" in the words known now, again once the language pack is in. */
  #showStatus(generation) {
    const language = this.#panelLanguage();
    const show = (pack) => {
      if (generation === this.#generation && !this.#timeline) this.#show(statusPanel(document, this.getAttribute("theme"), words(pack)));
    };
    show(null);
    fetchPack(language).then((pack) => {
      if (pack !== null && this.#box.querySelector(":scope > .ct-loading")) show(pack);
    });
  }

  /**
   * The failure panel (for failures before the widget exists), in the reader's language, and
   * the `error` event (its message in English, for developers).
   */
  async #fail(failure, generation) {
    const { code, message } = failure;
    const [pack, sheet] = await Promise.all([fetchPack(this.#panelLanguage()), loadWidgetSheet()]);
    if (generation !== this.#generation || !this.#life) return;
    // Every failure panel is styled, the ones before any case too ("no-case", a bad src).
    this.#adopt(sheet);
    const theme = this.getAttribute("theme");
    this.#show(failurePanel(document, { code, message, key: failure.key, values: failure.values, theme, words: words(pack) }));
    console.warn(`case-timeline (${code}): ${message}`);
    this.#emit("error", { code, message, problems: [] });
  }
}

if (globalThis.customElements && !customElements.get("case-timeline")) {
  customElements.define("case-timeline", CaseTimelineElement);
}
