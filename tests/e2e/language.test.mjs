// The JavaScript side of languages, without a browser: finding a case's language before it is
// parsed, choosing the language as the program will, the words of the JS-only panels (plural
// forms, English per missing word), and www/locales.js in step with locales/*.json.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { caseLocale, chooseLanguage, isRtl, primary, words } from "../../www/language.js";
import { ENGLISH, PACKS } from "../../www/locales.js";

const repo = new URL("../../", import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, repo), "utf8"));

test("the case's top-level locale is found without parsing the case", () => {
  assert.equal(caseLocale(readFileSync(new URL("www/cases/sample-hebrew.json", repo), "utf8")), "he");
  assert.equal(caseLocale({ version: 1, locale: "ar" }), "ar");
  assert.equal(caseLocale({ version: 1 }), null);
  assert.equal(caseLocale('{"events": [{"locale": "de"}], "title": "T"}'), null, "a nested locale is not the case's");
  assert.equal(caseLocale('{"title": "a \\"locale\\": \\"ru\\" in a string", "locale" : "fr"}'), "fr");
  assert.equal(caseLocale('{"kind": "locale", "locale": "nl"}'), "nl", "a value that reads locale is skipped");
  assert.equal(caseLocale("date,title\n2020,locale"), null);
  assert.equal(caseLocale(42), null);
});

test("the language is the option when it can be shown, else the case's, else English", () => {
  assert.equal(chooseLanguage("de", "he"), "de");
  assert.equal(chooseLanguage(undefined, "he-IL"), "he-IL");
  assert.equal(chooseLanguage("not a tag!", "he"), "he");
  assert.equal(chooseLanguage("", "ar"), "ar");
  assert.equal(chooseLanguage("zz", "qq"), "en");
  assert.equal(chooseLanguage(null, null), "en");
  assert.equal(primary("pt-BR"), "pt");
  assert.ok(isRtl("he-IL") && isRtl("ar") && !isRtl("de") && !isRtl("arn"));
});

test("the JavaScript's words come from the pack, by plural form, with English behind each missing one", () => {
  const he = words(read("locales/he.json"));
  assert.deepEqual([he.lang, he.dir], ["he", "rtl"]);
  assert.equal(he.t("js.loading"), "ציר הזמן נטען…");
  assert.match(he.t("js.case_timeout", { url: "u", n: 1 }), /שנייה אחת/);
  assert.match(he.t("js.case_timeout", { url: "u", n: 9 }), /9 שניות/);
  // In a right-to-left panel a URL is bidi-isolated, so its slashes and the colon after it stay put.
  const http = he.t("js.case_http", { url: "https://x.example/case.json", status: "404" });
  assert.ok(http.includes("\u2068https://x.example/case.json\u2069"), http);
  assert.ok(http.includes("HTTP 404"), "other values are left as they are: " + http);
  const ru = words(read("locales/ru.json"));
  assert.match(ru.t("js.case_timeout", { url: "u", n: 5 }), /5 секунд\./);
  const partial = words({ language: "fr", strings: { "js.loading": "Chargement…", "js.failed": " " } });
  assert.equal(partial.t("js.loading"), "Chargement…");
  assert.equal(partial.t("js.failed"), ENGLISH["js.failed"], "an empty word is English, never blank");
  assert.equal(words(null).t("js.case_http", { url: "/x", status: "404" }), "Could not load the case from /x: the server answered HTTP 404.");
  assert.deepEqual([words(null).lang, words(null).dir], ["en", "ltr"]);
});

test("every pack has every js.* key of English, and www/locales.js names every pack", () => {
  const english = read("locales/en.json");
  const keys = Object.keys(english.strings).filter((k) => k.startsWith("js."));
  assert.deepEqual(Object.keys(ENGLISH), keys);
  const files = readdirSync(new URL("locales/", repo)).filter((f) => f.endsWith(".json") && f !== "en.json");
  assert.deepEqual(Object.keys(PACKS).sort(), files.map((f) => f.slice(0, -5)).sort());
  for (const f of files) {
    const pack = read(`locales/${f}`);
    for (const k of keys) assert.ok(pack.strings[k], `locales/${f} lacks ${k}`);
    assert.ok(PACKS[pack.language].href.endsWith(`/locales/${f}`));
  }
  execFileSync(process.execPath, [new URL("www/tools/locales.mjs", repo).pathname, "--check"]);
});
