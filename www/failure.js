// The one copy of what the JavaScript side shows before (or instead of) a widget: the theme
// decision, the loading status and the failure panel. Text only, through textContent, in the
// reader's language (see language.js: `words` of the case's language pack, English without one).
import { english, words as wordsOf } from "./language.js";

/** An Error with a machine-readable `code` (see index.js). */
export class CaseTimelineError extends Error {
  constructor(code, message, options) {
    super(message, options);
    this.name = "CaseTimelineError";
    this.code = code;
  }
}

/**
 * A CaseTimelineError whose message is the English text of `key` (a "js.*" key of
 * locales/en.json: messages are for developers, like validation messages); `key` and `values`
 * let a failure panel say it in the reader's language.
 */
export function fault(code, key, values = {}, options) {
  const error = new CaseTimelineError(code, english(key, values), options);
  error.key = key;
  error.values = values;
  return error;
}

/** "dark" or "light": the `theme` option if it says so, else the reader's preference. */
export function resolveTheme(theme, view = globalThis) {
  if (theme === "dark" || theme === "light") return theme;
  return view?.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

function panelRoot(doc, kind, theme, words) {
  const root = doc.createElement("div");
  root.className = `ct-root ${kind}`;
  root.dataset.theme = resolveTheme(theme, doc.defaultView);
  root.lang = words.lang;
  root.dir = words.dir;
  return root;
}

/** A `div.ct-root.ct-loading` with a polite status line ("Loading the timeline…"). */
export function statusPanel(doc, theme, words = wordsOf(null)) {
  const root = panelRoot(doc, "ct-loading", theme, words);
  const status = doc.createElement("div");
  status.className = "ct-status";
  status.setAttribute("role", "status");
  status.textContent = words.t("js.loading");
  root.append(status);
  return root;
}

/**
 * A `div.ct-root.ct-failed[data-code]` with an alert saying what failed and what to do: the
 * text of `key` (a "js.*" key, with `values`) in `words`' language, else `message` as it is.
 */
export function failurePanel(doc, { code, message, key, values, theme, words = wordsOf(null) }) {
  const root = panelRoot(doc, "ct-failed", theme, words);
  root.dataset.code = code;
  const banner = doc.createElement("div");
  banner.className = "ct-banner";
  banner.setAttribute("role", "alert");
  const heading = doc.createElement("p");
  heading.textContent = words.t("js.failed");
  const text = doc.createElement("div");
  text.className = "ct-banner-message";
  text.textContent = key ? words.t(key, values) : message;
  banner.append(heading, text);
  root.append(banner);
  return root;
}
