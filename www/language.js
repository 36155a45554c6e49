// The reader's language on the JavaScript side: which language a case is shown in (before the
// WebAssembly reads the case), the language pack for it (fetched once per page, only for that
// language: no reader downloads the others), and the words of the loading line and the failure
// panels. The program itself has only English compiled in; index.js registers the pack.
import { ENGLISH, PACKS } from "./locales.js";

/** A BCP 47-shaped tag, as the validator accepts it ("he", "pt-BR", "de-CH-1996"). */
const TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** "he" for "he-IL" (lowercase). */
export function primary(tag) {
  return String(tag).split(/[-_]/)[0].toLowerCase();
}

/** Right-to-left languages (as src/locale/mod.rs decides). */
export function isRtl(tag) {
  return ["he", "iw", "ar", "fa", "ur", "yi", "ps", "sd", "ug", "ckb", "dv"].includes(primary(tag));
}

function showable(tag) {
  if (!TAG.test(tag)) return false;
  const p = primary(tag);
  if (p === "en" || Object.hasOwn(PACKS, p)) return true;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false;
  }
}

/**
 * The language a timeline is shown in, as the program will decide it: the `locale` option or
 * attribute when it is a tag that can be shown, else the case's `locale`, else English. (The
 * program reports the tags passed over in its problems list.)
 */
export function chooseLanguage(option, caseTag) {
  for (const candidate of [option, caseTag]) {
    const tag = typeof candidate === "string" ? candidate.trim() : "";
    if (tag && showable(tag)) return tag;
  }
  return "en";
}

/**
 * The case's top-level `locale`, without parsing the case: a parsed object's property, or for
 * JSON text a scan that skips strings and nesting (linear, no allocation per character).
 * Null when there is none (TimelineJS and CSV input, or a case without one).
 */
export function caseLocale(data) {
  if (data !== null && typeof data === "object") return typeof data.locale === "string" ? data.locale : null;
  if (typeof data !== "string" || !data.includes('"locale"')) return null;
  let depth = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 0x22) {
      const start = i;
      for (i++; i < data.length; i++) {
        const d = data.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
      if (depth === 1 && i - start === 7 && data.startsWith('"locale"', start)) {
        const value = /^\s*:\s*"([^"\\]{1,64})"/.exec(data.slice(i + 1, i + 100));
        if (value) return value[1];
      }
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return null;
}

const fetched = new Map();
/** The packs whose fetch is over: language → pack, or null when it failed. */
const settled = new Map();

/**
 * The pack for `tag` if nothing is left to wait for: `{ pack }` (null for English, a language
 * without a pack, or one that failed to load), or null while it has not been fetched yet.
 */
export function settledPack(tag) {
  const language = primary(tag);
  if (!Object.hasOwn(PACKS, language)) return { pack: null };
  return settled.has(language) ? { pack: settled.get(language) } : null;
}

/**
 * The language pack for `tag` (a parsed locales/<language>.json), fetched once per page; null
 * for English (compiled in), a language without a pack, or a pack that cannot be loaded (then
 * the timeline shows English words, and the console says why).
 */
export function fetchPack(tag) {
  const language = primary(tag);
  if (!Object.hasOwn(PACKS, language)) return Promise.resolve(null);
  if (!fetched.has(language)) {
    const url = PACKS[language];
    fetched.set(language, (async () => {
      try {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const pack = await response.json();
        if (pack === null || typeof pack !== "object" || typeof pack.strings !== "object") throw new Error("it is not a language pack");
        settled.set(language, pack);
        return pack;
      } catch (error) {
        console.warn(`case-timeline: the "${language}" language pack could not be loaded from ${url} (${error?.message || error}); the timeline is shown with English words.`);
        settled.set(language, null);
        return null;
      }
    })());
  }
  return fetched.get(language);
}

/**
 * Fills `{name}` placeholders; unknown ones are kept. With `isolate` (a right-to-left panel) an
 * address (`url`, `src`) is bidi-isolated (U+2068 … U+2069), so it keeps its own order and does
 * not pull the sentence's colon or full stop into it.
 */
function fill(template, values, isolate = false) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = String(values[name]);
    return isolate && (name === "url" || name === "src") ? `\u2068${value}\u2069` : value;
  });
}

/**
 * The words of `pack` (or English without one): `t(key, values)` fills the placeholders and
 * picks the plural form for `values.n` with Intl.PluralRules; `lang` and `dir` for the panel.
 * A key the pack lacks (or leaves empty) is English.
 */
export function words(pack) {
  const lang = pack && typeof pack.language === "string" ? pack.language : "en";
  const strings = pack && typeof pack.strings === "object" && pack.strings !== null ? pack.strings : {};
  const form = (word, n) => {
    if (typeof word === "string") return word.trim() ? word : null;
    if (word === null || typeof word !== "object") return null;
    let category = "other";
    try {
      category = new Intl.PluralRules(lang).select(Number(n));
    } catch {
      // An unknown language counts everything as "other".
    }
    const chosen = word[category] ?? word.other;
    return typeof chosen === "string" && chosen.trim() ? chosen : null;
  };
  const rtl = pack?.direction === "rtl" || (pack?.direction !== "ltr" && isRtl(lang));
  const t = (key, values = {}) => {
    const own = form(strings[key], values.n);
    return fill(own ?? form(ENGLISH[key], values.n) ?? key, values, rtl);
  };
  return { t, lang, dir: rtl ? "rtl" : "ltr" };
}

/** The English text of `key` (for messages to developers: errors, events, the console). */
export function english(key, values = {}) {
  return words(null).t(key, values);
}
