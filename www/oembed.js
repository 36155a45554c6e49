// The oEmbed response (https://oembed.com, type "rich") for a case: pure, so both the command
// line (tools/oembed.mjs) and the editor page (editor.js) use this one copy.
//
//   oembed(caseJson, { url, maxwidth, maxheight, width = 960, height = 480, cacheAge = 86400 })
//
// The html is an <iframe> with a title, plus the ~10-line resize listener (embed-host.js next to
// the embed page).

export function oembed(caseJson, { url, maxwidth, maxheight, width = 960, height = 480, cacheAge = 86400 } = {}) {
  if (!url) throw new Error("--url (the address of the embed page for this case) is required");
  const page = new URL(url);
  if (page.protocol !== "https:" && page.protocol !== "http:") throw new Error(`--url must be http(s): ${url}`);
  const title = caseTitle(caseJson);
  const w = Math.max(1, Math.round(Math.min(width, positive(maxwidth) ?? Infinity)));
  const h = Math.max(1, Math.round(Math.min(height, positive(maxheight) ?? Infinity)));
  const host = new URL("embed-host.js", page);
  const html = `<iframe src="${attr(page.href)}" title="${attr(title)}" width="${w}" height="${h}"`
    + ` style="width:100%;max-width:${w}px;border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>`
    + `<script src="${attr(host.href)}" async></script>`;
  return {
    type: "rich",
    version: "1.0",
    provider_name: "case-timeline",
    provider_url: new URL("./", page).href,
    title,
    html,
    width: w,
    height: h,
    cache_age: cacheAge,
  };
}

function positive(value) {
  const n = Number(value);
  return value !== undefined && Number.isFinite(n) && n > 0 ? n : undefined;
}

/** The case's title: our format's `title`, or TimelineJS's `title.text.headline` without tags. */
export function caseTitle(json) {
  if (typeof json?.title === "string" && json.title.trim()) return json.title.trim();
  const headline = json?.title?.text?.headline;
  if (typeof headline === "string") {
    const text = headline.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim();
    if (text) return decodeEntities(text);
  }
  return "Case timeline";
}

function decodeEntities(text) {
  const named = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[name.toLowerCase()] ?? whole;
  });
}

/** Text for a double-quoted HTML attribute. */
export function attr(text) {
  return String(text).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

