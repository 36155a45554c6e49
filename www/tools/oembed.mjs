// Writes the oEmbed response (https://oembed.com, type "rich") for a case, as a static file a
// CMS can fetch when an editor pastes the embed URL (discovered through the
// <link rel="alternate" type="application/json+oembed"> of the embed page).
//
//   node www/tools/oembed.mjs CASE.json --url https://example.org/case-timeline/www/embed.html?src=cases/x.json \
//        [--maxwidth N] [--maxheight N] [--width 960] [--height 480] [--cache-age 86400] [-o out.json]
//
// CASE.json may be in the case format or TimelineJS3 JSON (the title comes from either). The html
// is an <iframe> with a title, plus the ~10-line resize listener (embed-host.js next to the embed
// page); CMSs that drop scripts (WordPress) size the iframe through wp-embed messages instead.
import { readFileSync, writeFileSync } from "node:fs";

import { oembed } from "../oembed.js";

export { oembed, caseTitle } from "../oembed.js";

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    args.splice(i, 1);
    return args.splice(i, 1)[0];
  };
  const settings = {
    url: option("--url"),
    maxwidth: option("--maxwidth"),
    maxheight: option("--maxheight"),
    width: Number(option("--width") ?? 960),
    height: Number(option("--height") ?? 480),
    cacheAge: Number(option("--cache-age") ?? 86400),
  };
  const out = option("-o");
  if (args.length !== 1) {
    console.error("usage: node www/tools/oembed.mjs CASE.json --url EMBED_PAGE_URL [--maxwidth N] [--maxheight N] [--width N] [--height N] [--cache-age S] [-o FILE]");
    process.exit(2);
  }
  try {
    const json = readCase(args[0]);
    const text = `${JSON.stringify(oembed(json, settings), null, 2)}\n`;
    if (out) writeFileSync(out, text);
    else process.stdout.write(text);
  } catch (error) {
    console.error(`oembed: ${error.message}`);
    process.exit(1);
  }
}

/**
 * The case at `file`, parsed; throws a message naming the file, and the line and column of a
 * JSON syntax error, or the JSON path of a case that cannot be drawn (no events): an oEmbed
 * response for it would embed an error panel.
 */
export function readCase(file) {
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const at = syntaxErrorAt(text);
    const where = at === null ? "" : ` at line ${lineColumn(text, at)}`;
    throw new Error(`${file}: JSON syntax${where}: ${error.message.replace(/ in JSON at position \d+.*$/, "")}`);
  }
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new Error(`${file}: the top level must be an object (a case, or a TimelineJS timeline)`);
  }
  if (!Array.isArray(json.events)) {
    throw new Error(`${file}: "events" is missing or not a list; a case needs at least one event (check it with \`case-timeline validate\` or the editor)`);
  }
  if (json.events.length === 0) {
    throw new Error(`${file}: events: the list is empty; a case needs at least one event`);
  }
  return json;
}

/** "3, column 5" for offset `at` of `text` (lines and columns from 1, columns in characters). */
function lineColumn(text, at) {
  const before = text.slice(0, at).split("\n");
  return `${before.length}, column ${[...before[before.length - 1]].length + 1}`;
}

/**
 * The offset of the first JSON syntax error in `text` (V8's messages give it only for some
 * errors): a recursive-descent scan that checks the grammar and nothing else.
 */
function syntaxErrorAt(text) {
  let i = 0;
  const space = () => { while (/[ \t\n\r]/.test(text[i] ?? "")) i++; };
  const fail = () => { throw i; };
  const literal = (word) => { if (text.startsWith(word, i)) i += word.length; else fail(); };
  const string = () => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined || c < " ") fail();
      if (c === '"') { i++; return; }
      if (c === "\\") {
        i++;
        if (text[i] === "u") { if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail(); i += 5; }
        else if ('"\\/bfnrt'.includes(text[i] ?? "x")) i++;
        else fail();
      } else i++;
    }
  };
  const value = () => {
    space();
    const c = text[i];
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      space();
      if (text[i] === close) { i++; return; }
      for (;;) {
        if (c === "{") { space(); if (text[i] !== '"') fail(); string(); space(); if (text[i] !== ":") fail(); i++; }
        value();
        space();
        if (text[i] === ",") { i++; continue; }
        if (text[i] === close) { i++; return; }
        fail();
      }
    }
    if (c === '"') return string();
    if (c === "t") return literal("true");
    if (c === "f") return literal("false");
    if (c === "n") return literal("null");
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!number) fail();
    i += number[0].length;
  };
  try {
    value();
    space();
    return i < text.length ? i : null;
  } catch (at) {
    return typeof at === "number" ? Math.min(at, text.length) : null;
  }
}
