// Test page for <case-timeline>: elements made from the query string, every event recorded
// (inline JSON children: inline.html, since Trusted Types forbid script text written by scripts).
//   ?n=20            how many elements (default 1)
//   &src=… &wasm=… &timeout=… &theme=… &event=… &height=…   their attributes
//   &data=<url>      the case as the data property (a parsed object)
//   &lang=<tag>      the page's lang (<html lang>) before the elements are made
// window.events: [{ i, type, detail, ms }] (ms since the element was added); <html data-ready>
// once every element has sent ready or error.
import "/www/element.js";

const params = new URLSearchParams(location.search);
const n = Number(params.get("n") || 1);
if (params.get("lang")) document.documentElement.lang = params.get("lang");
const events = (window.events = []);
const settled = new Set();
const main = document.getElementById("main");

async function text(url) {
  return (await fetch(url)).text();
}

for (let i = 0; i < n; i++) {
  const element = document.createElement("case-timeline");
  element.id = `t${i}`;
  for (const name of ["src", "wasm", "timeout", "theme", "event", "height", "locale"]) {
    const value = params.get(name);
    if (value !== null) element.setAttribute(name, value);
  }
  if (params.get("data")) element.data = JSON.parse(await text(params.get("data")));
  const start = performance.now();
  for (const type of ["ready", "error", "problems", "select"]) {
    element.addEventListener(type, (event) => {
      events.push({ i, type, detail: event.detail, ms: Math.round(performance.now() - start) });
      if (type === "ready" || type === "error") settled.add(i);
      if (settled.size === n) document.documentElement.dataset.ready = "true";
    });
  }
  main.append(element);
}
