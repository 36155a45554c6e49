// The iframe embed: www/embed.html?src=<case url>&event=<id>&theme=light|dark&locale=<tag>
// &height=<px>&header=none&padding=<px>&childId=<id>, and the theme's custom properties by name
// without their dashes (ct-bg=%23fff8e7&ct-fg=%23222222&ct-font=Georgia, serif…: the same
// --ct-* properties that theme <case-timeline> on a page). Shows one <case-timeline> and tells
// the parent page its height on load and on every change (a details panel opening grows it, so
// every quote can be read), in the formats newsroom pages already listen for:
//   pym.js        "pymxPYMx<childId>xPYMxheightxPYMx<px>"      (when childId is given, as pym does)
//   Datawrapper   {"datawrapper-height": {"<childId>": <px>}}   (www/embed-host.js listens for it)
//   WordPress     {message: "height", value: <px>, secret}      (when the URL has #?secret=…)
import "./element.js";

const params = new URLSearchParams(location.search);
const html = document.documentElement;
const style = html.style;

// The theme through the address: each --ct-* custom property as ct-NAME=value (a colour, or a
// font-family list for ct-font); values the browser would not accept are ignored.
const THEME = ["bg", "band", "fg", "muted", "axis", "grid", "focus", "border", "tip-bg", "tip-fg", "error-bg", "error-fg", "font"];
const css = typeof CSS !== "undefined" && CSS.supports ? CSS : { supports: () => true };
for (const name of THEME) {
  const value = (params.get(`ct-${name}`) ?? params.get(`--ct-${name}`) ?? "").trim();
  if (value && value.length <= 200 && css.supports(name === "font" ? "font-family" : "color", value)) {
    style.setProperty(`--ct-${name}`, value);
  }
}
// Padding around the timeline, in CSS px (0 to 64; default in embed.css).
const padding = params.get("padding");
if (padding !== null && /^\d{1,2}$/.test(padding.trim()) && Number(padding) <= 64) {
  style.setProperty("--ct-embed-padding", `${Number(padding)}px`);
}
// The iframe's colour scheme is the timeline's: a browser paints an iframe whose scheme differs
// from its host page's on an opaque backdrop of its own scheme (white padding around a dark
// timeline on a dark news page otherwise). No theme: light or dark as the reader prefers, as the
// timeline does.
const theme = params.get("theme");
style.colorScheme = theme === "dark" || theme === "light" ? theme : "light dark";
// A page background that follows the timeline's (the iframe shows no host page behind it).
const bg = style.getPropertyValue("--ct-bg");
if (bg) style.setProperty("background", bg);

const timeline = document.createElement("case-timeline");
for (const name of ["src", "event", "theme", "locale", "height", "header"]) {
  const value = params.get(name);
  if (value) timeline.setAttribute(name, value);
}
document.body.append(timeline);

const childId = params.get("childId");
const id = childId || params.get("id") || "case-timeline";
const secret = (/[#&?]secret=([\w-]{1,64})/.exec(location.hash) || [])[1];
const parentPage = window.parent !== window ? window.parent : null;
let reported = -1;

function height() {
  return Math.ceil(html.getBoundingClientRect().height);
}

function report(force = false) {
  const px = height();
  if (!parentPage || (px === reported && !force)) return;
  reported = px;
  if (childId) parentPage.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx${px}`, "*");
  parentPage.postMessage({ "datawrapper-height": { [id]: px } }, "*");
  if (secret) parentPage.postMessage({ message: "height", value: px, secret }, "*");
}

// A ResizeObserver reports on observe (load) and on every change of the content's size.
new ResizeObserver(() => report()).observe(html);
addEventListener("load", () => report(true));
addEventListener("message", (event) => {
  if (event.source !== parentPage) return;
  const data = event.data;
  // WordPress asks "ready" and expects the height again; pym.js sends the width and expects it too.
  if ((secret && data && data.message === "ready" && data.secret === secret)
    || (childId && typeof data === "string" && data.startsWith(`pymxPYMx${childId}xPYMxwidth`))) {
    report(true);
  }
});
// Readers of the embed page itself (not in an iframe) get a page title naming the case, and the
// page takes the timeline's language and direction.
timeline.addEventListener("ready", () => {
  const root = timeline.shadowRoot?.querySelector(".ct-root");
  const label = root?.getAttribute("aria-label");
  if (label) document.title = label;
  if (root?.lang) html.lang = root.lang;
  if (root?.dir) html.dir = root.dir;
});
