// Writes the malformed-JSON corpus, tests/corpus/malformed/NAME.json: inputs that are not a
// usable case (broken JSON, invalid UTF-8, the wrong top level, limits exceeded). Each must be
// refused with a clear message by the CLI, the native API and the widget; see tests/corpus.rs
// and tests/e2e/corpus.test.mjs. Files are bytes (some are deliberately not UTF-8).
//
//   node tests/tools/gen-malformed.mjs
//   UPDATE_EXPECT=1 cargo test --test corpus     # then review: git diff tests/corpus/
//
// Every file stays invalid when decoded leniently (invalid UTF-8 bytes → U+FFFD), as a browser's
// fetch().text() does, so the widget must refuse it too. The two huge cases (10⁶-deep nesting
// and a 50 MB string) are built at test time and not stored here.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const ROOT = new URL("../../", import.meta.url).pathname;
const DIR = `${ROOT}tests/corpus/malformed/`;
const nso = readFileSync(`${ROOT}www/cases/nso-amnesty.json`);
const nsoText = nso.toString("utf8");

const files = new Map();
function add(name, content) {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`bad name ${name}`);
  if (files.has(name)) throw new Error(`duplicate name ${name}`);
  files.set(name, Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8"));
}
const bytes = (...parts) => Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));
/** The NSO text with the first occurrence of `from` replaced (which must exist). */
function nsoWith(from, to) {
  const at = nsoText.indexOf(from);
  if (at < 0) throw new Error(`not in the NSO case: ${from}`);
  return nsoText.slice(0, at) + to + nsoText.slice(at + from.length);
}
/** Byte offset just after the first occurrence of `marker` in the NSO file. */
function after(marker) {
  const at = nso.indexOf(Buffer.from(marker, "utf8"));
  if (at < 0) throw new Error(`not in the NSO case: ${marker}`);
  return at + Buffer.byteLength(marker);
}

const EVENT = '{"id": "e", "date": "2020-05", "kind": "filing", "title": "Filed"}';
const small = (body) => `{\n  "version": 1,\n  "title": "Example v. State",\n${body}\n}\n`;

// ── Truncations of the NSO case: evenly spread, then at places that matter. ──
const N = 32;
for (let i = 1; i <= N; i++) {
  const at = Math.floor((i * (nso.length - 3)) / (N + 1));
  add(`truncated-nso-${String(at).padStart(5, "0")}`, nso.subarray(0, at));
}
add("truncated-nso-1-byte", nso.subarray(0, 1));
add("truncated-nso-in-key", nso.subarray(0, after('"vers')));
add("truncated-nso-after-key", nso.subarray(0, after('"title"')));
add("truncated-nso-after-colon", nso.subarray(0, after('"title":')));
add("truncated-nso-after-comma", nso.subarray(0, after('"version": 1,')));
add("truncated-nso-after-open-list", nso.subarray(0, after('"parties": [')));
add("truncated-nso-in-colour", nso.subarray(0, after('"color": "#b45')));
add("truncated-nso-before-last-brace", nso.subarray(0, nso.lastIndexOf(Buffer.from("}"))));
// Cut between the bytes of a multi-byte character (’ is E2 80 99): not valid UTF-8 either.
add("truncated-nso-mid-utf8", nso.subarray(0, after("court system") + 2));

// ── Trailing commas. ──
add("trailing-comma-object", '{"version": 1, "title": "Example v. State",}');
add("trailing-comma-list", small(`  "judges": ["Roe", "Doe",],\n  "events": [${EVENT}]`));
add("trailing-comma-nso-events", nsoWith('    }\n  ]\n}', "    },\n  ]\n}"));
add("trailing-comma-nso-party", nsoWith('"color": "#b45309"', '"color": "#b45309",'));
add("double-comma", small(`  "judges": ["Roe",, "Doe"],\n  "events": [${EVENT}]`));
add("leading-comma-object", '{, "version": 1, "title": "Example v. State"}');
add("leading-comma-list", small(`  "events": [, ${EVENT}]`));
add("comma-after-document", nsoText.trimEnd() + ",\n");

// ── Comments. ──
add("comment-line-before", `// The NSO case\n${nsoText}`);
add("comment-block-before", `/* The NSO case */ ${nsoText}`);
add("comment-line-before-key", nsoWith('  "parties": [', '  // the parties\n  "parties": ['));
add("comment-block-after-value", nsoWith('"outcome": "Petition rejected",', '"outcome": "Petition rejected" /* in July */,'));
add("comment-block-as-value", nsoWith('"outcome": "Petition rejected"', '"outcome": /* in July */ "Petition rejected"'));
add("comment-line-in-list", nsoWith('"judges": [', '"judges": [ // one judge'));
add("comment-unterminated", "/* the case follows\n{\"version\": 1}");
add("comment-hash", `# The NSO case\n${nsoText}`);

// ── NaN and Infinity. ──
add("nan-version", '{"version": NaN, "title": "Example v. State"}');
add("nan-lowercase", '{"version": nan, "title": "Example v. State"}');
add("nan-in-list", small(`  "judges": [NaN],\n  "events": [${EVENT}]`));
add("infinity", '{"version": Infinity, "title": "Example v. State"}');
add("minus-infinity", '{"version": -Infinity, "title": "Example v. State"}');
add("plus-infinity", '{"version": +Infinity, "title": "Example v. State"}');
add("undefined-value", '{"version": 1, "title": undefined}');

// ── Escapes and surrogates. ──
const withTitle = (raw) => `{\n  "version": 1,\n  "title": "${raw}",\n  "events": [${EVENT}]\n}\n`;
add("surrogate-lone-high", withTitle("Amnesty \\ud800"));
add("surrogate-lone-high-then-text", withTitle("\\ud83dAmnesty"));
add("surrogate-lone-low", withTitle("\\udc00 Amnesty"));
add("surrogate-high-then-non-low", withTitle("\\ud83d\\u0041"));
add("surrogate-high-twice", withTitle("\\ud83d\\ud83d"));
add("surrogate-cut-short", withTitle("\\ud83d\\ude0"));
add("escape-short-unicode", withTitle("\\u12"));
add("escape-bad-hex", withTitle("\\uZZZZ"));
add("escape-unknown", withTitle("\\x41"));
add("escape-single-quote", withTitle("NSO\\'s licence"));
add("escape-at-end-of-text", '{"version": 1, "title": "Example\\');
add("string-unterminated", '{"version": 1, "title": "Example v. State}');

// ── Control characters. ──
add("control-newline-in-string", withTitle("Example\nv. State"));
add("control-tab-in-string", withTitle("Example\tv. State"));
add("control-cr-in-string", withTitle("Example\rv. State"));
add("control-nul-in-string", withTitle("Example\u0000v. State"));
add("control-01-in-string", withTitle("Example\u0001"));
add("control-escape-sequence-in-string", withTitle("\u001b[31mRed\u001b[0m"));
add("control-1f-in-string", withTitle("\u001f"));
add("control-outside-string", '{"version": 1,\u0001 "title": "Example v. State"}');
add("control-form-feed-between-tokens", '{"version": 1,\f"title": "Example v. State"}');
add("nbsp-between-tokens", '{"version": 1,\u00a0"title": "Example v. State"}');
add("zero-width-space-between-tokens", '{"version": 1,\u200b"title": "Example v. State"}');
add("rtl-override-between-tokens", '{"version": 1, \u202e"title": "Example v. State"}');

// ── Not UTF-8 (and still broken when the bad bytes become U+FFFD). ──
add("utf8-latin1-title", bytes('{"version": 1, "title": "caf', [0xe9], '"}'));
add("utf8-ff-as-value", bytes('{"version": ', [0xff], "}"));
add("utf8-overlong-nul", bytes('{"version": 1, "title": "', [0xc0, 0x80], '", "events": {}}'));
add("utf8-encoded-surrogate", bytes('{"version": 1, "title": "', [0xed, 0xa0, 0x80], '", "events": 3}'));
add("utf8-lone-continuation", bytes("[", [0x80], "]"));
add("utf8-above-unicode", bytes('{"ti', [0xf4, 0x90, 0x80, 0x80], 'tle": "Example v. State"}'));
add("utf8-in-key", bytes('{"version": 1, "ti', [0xff], 'tle": "Example v. State", "events": []}'));
add("utf8-truncated-at-end", bytes('{"version": 1, "title": "Court system', [0xe2, 0x80]));
const utf16 = (text, bigEndian) => {
  const le = Buffer.from(text, "utf16le");
  if (bigEndian) for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return bytes(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe], le);
};
add("utf16le-with-bom", utf16(small(`  "events": [${EVENT}]`), false));
add("utf16be-with-bom", utf16(small(`  "events": [${EVENT}]`), true));

// ── Byte-order marks. ──
const BOM = "\ufeff";
add("bom-then-truncated", `${BOM}{"version": 1,`);
add("bom-twice", `${BOM}${BOM}${nsoText}`);
add("bom-inside", `{"version": 1, ${BOM}"title": "Example v. State"}`);
add("bom-only", BOM);
add("bom-then-whitespace", `${BOM}  \n\t \n`);
add("bom-then-list", `${BOM}[]`);

// ── Numbers. ──
add("number-1e400", '{"version": 1e400, "title": "Example v. State"}');
add("number-minus-1e400", small(`  "judges": [-1e400],\n  "events": [${EVENT}]`));
add("number-400-digits", `{"version": ${"9".repeat(400)}, "title": "Example v. State"}`);
add("number-huge-exponent", '{"version": 1e999999999999999999999, "title": "Example v. State"}');
add("number-tiny-is-not-version-1", '{"version": 1e-400, "title": "Example v. State", "events": []}');
add("number-leading-zero", '{"version": 01, "title": "Example v. State"}');
add("number-trailing-dot", '{"version": 1., "title": "Example v. State"}');
add("number-leading-dot", '{"version": .5, "title": "Example v. State"}');
add("number-plus", '{"version": +1, "title": "Example v. State"}');
add("number-bare-minus", '{"version": -, "title": "Example v. State"}');
add("number-exponent-without-digits", '{"version": 1e, "title": "Example v. State"}');
add("number-hex", '{"version": 0x1, "title": "Example v. State"}');

// ── Duplicate keys (JSON parsers disagree on which wins: refused as errors). ──
add("duplicate-title", nsoWith('"title": "Amnesty', '"title": "Amnesty International v. State",\n  "title": "Amnesty'));
add("duplicate-version", '{"version": 1, "version": 2, "title": "Example v. State", "events": []}');
add("duplicate-events", small(`  "events": [],\n  "events": [${EVENT}]`));
add("duplicate-in-party", nsoWith('"role": "petitioner",', '"role": "petitioner",\n      "role": "respondent",'));
add("duplicate-in-quote", nsoWith('"speaker": "malekar",', '"speaker": "malekar",\n          "speaker": "amnesty",'));
add("duplicate-1000-times", small(`  "events": [{"id": "e", "date": "2020", "kind": "other", "title": "T", ${Array(1000).fill('"summary": "s"').join(", ")}}]`));

// ── Deep nesting (the limit is 64 levels). ──
for (const n of [100, 1000, 10000]) {
  add(`nest-lists-${n}`, "[".repeat(n) + "]".repeat(n));
  add(`nest-objects-${n}`, '{"a": '.repeat(n) + "1" + "}".repeat(n));
}
add("nest-lists-1000-unclosed", "[".repeat(1000));
add("nest-mixed-1000", '[{"a": '.repeat(500) + "null" + "}]".repeat(500));
add("nest-in-event-summary", small(`  "events": [{"id": "e", "date": "2020", "kind": "other", "title": "T", "summary": ${"[".repeat(100)}${"]".repeat(100)}}]`));

// ── Quotes and keys JSON does not allow. ──
add("single-quoted-keys", "{'version': 1, 'title': 'Example v. State'}");
add("single-quoted-value", '{"version": 1, "title": \'Example v. State\'}');
add("single-quoted-nso-value", nsoWith('"outcome": "Petition rejected"', "\"outcome\": 'Petition rejected'"));
add("unquoted-keys", '{version: 1, title: "Example v. State"}');
add("unquoted-key-nso", nsoWith('"court": "Tel', 'court: "Tel'));
add("javascript-object-literal", "{version: 1, title: 'Example v. State', events: [],}");
add("curly-quotes", '{“version”: 1, “title”: “Example v. State”}');
add("backtick-string", '{"version": 1, "title": `Example v. State`}');

// ── Not a case at the top level. ──
add("empty", "");
add("whitespace-only", "  \n\t \r\n   \n");
add("null", "null");
add("true", "true");
add("false", "false");
add("number", "1");
add("zero", "0");
add("string", '"Amnesty International v. Ministry of Defense"');
add("empty-list", "[]");
add("list-of-case", `[${nsoText.trimEnd()}]`);
add("empty-object", "{}");

// ── Garbage and other formats. ──
add("garbage-object-in-list", "{[}]");
add("garbage-closing-bracket", "]");
add("garbage-closing-brace", "}");
add("garbage-missing-colon", '{"version" 1}');
add("garbage-missing-value", '{"version":}');
add("garbage-colon-only", "{:}");
add("garbage-object-as-key", "{{}}");
add("garbage-mismatched-close", '{"judges": ["Roe"}');
add("garbage-missing-comma", '{"version": 1 "title": "Example v. State"}');
add("garbage-random-bytes", bytes([0x00, 0x01, 0x02, 0x7b, 0x22, 0x5b, 0x3a, 0x2c, 0x7d, 0x5d]));
add("html-page", "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>Not found</body></html>\n");
add("html-script", '<script>window.__xss(1)</script>{"version": 1}');
add("jsonp", `callback(${nsoText.trimEnd()});\n`);
add("xssi-prefix", `)]}'\n${nsoText}`);
add("two-documents", `${nsoText.trimEnd()}${nsoText}`);
add("ndjson", `{"version": 1, "title": "A", "events": [${EVENT}]}\n{"version": 1, "title": "B", "events": [${EVENT}]}\n`);
add("trailing-garbage", `${nsoText.trimEnd()}x`);
add("trailing-semicolon", `${nsoText.trimEnd()};\n`);
add("javascript-module", `export default ${nsoText}`);
add("yaml", "version: 1\ntitle: Example v. State\nevents:\n  - id: e\n    date: 2020-05\n");
// A spreadsheet that is not a timeline (no date or title columns): not CSV anything imports.
add("csv", "Name,Age,City\nAnn,34,Haifa\n");

// ── Very long lines. ──
const minified = JSON.stringify(JSON.parse(nsoText));
add("long-line-minified-nso-truncated", minified.slice(0, Math.floor(minified.length * 0.8)));
add("long-line-wide-characters", `{"version": 1, "title": "Example v. State", "summary": "${"é".repeat(20000)}", "events": [}`);
add("long-line-spaces", `{"version": 1,${" ".repeat(30000)}"title" "Example v. State"}`);

mkdirSync(DIR, { recursive: true });
for (const f of readdirSync(DIR)) if (f.endsWith(".json")) rmSync(DIR + f);
let total = 0;
for (const [name, content] of files) {
  writeFileSync(`${DIR}${name}.json`, content);
  total += content.length;
}
console.log(`${files.size} files, ${total} bytes in ${DIR}`);
