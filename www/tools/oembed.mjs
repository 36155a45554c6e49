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
    const json = JSON.parse(readFileSync(args[0], "utf8"));
    const text = `${JSON.stringify(oembed(json, settings), null, 2)}\n`;
    if (out) writeFileSync(out, text);
    else process.stdout.write(text);
  } catch (error) {
    console.error(`oembed: ${error.message}`);
    process.exit(1);
  }
}
