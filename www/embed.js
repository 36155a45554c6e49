// The iframe embed: www/embed.html?src=<case url>&event=<id>&theme=light|dark&locale=<tag>
// &height=<px>&childId=<id>. Shows one <case-timeline> and tells the parent page its height on
// load and on every change, in the formats newsroom pages already listen for:
//   pym.js        "pymxPYMx<childId>xPYMxheightxPYMx<px>"      (when childId is given, as pym does)
//   Datawrapper   {"datawrapper-height": {"<childId>": <px>}}   (www/embed-host.js listens for it)
//   WordPress     {message: "height", value: <px>, secret}      (when the URL has #?secret=…)
import "./element.js";

const params = new URLSearchParams(location.search);
const timeline = document.createElement("case-timeline");
for (const name of ["src", "event", "theme", "locale", "height"]) {
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
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
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
new ResizeObserver(() => report()).observe(document.documentElement);
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
  if (root?.lang) document.documentElement.lang = root.lang;
  if (root?.dir) document.documentElement.dir = root.dir;
});
