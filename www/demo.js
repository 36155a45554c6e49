// The demo page: loads the wasm package and mounts the NSO case (and the gallery, if present)
// through the package entry's `mount`, which fetches each case's language pack first.
import init, { mount } from "./index.js";

const mounted = [];

async function mountFrom(element) {
  const src = element.dataset.case;
  let text;
  try {
    const response = await fetch(src);
    if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    // Still mount: the widget shows the problem instead of a blank box.
    text = "";
    console.error(error);
  }
  const options = { theme: element.dataset.theme || "auto" };
  if (element.dataset.locale) options.locale = element.dataset.locale;
  const timeline = await mount(element, text, options);
  mounted.push(timeline);
  return timeline;
}

await init();
const hosts = [...document.querySelectorAll("[data-case]")];
const timelines = await Promise.all(hosts.map(mountFrom));
// For tests and for curious readers in the console: in page order, and by the host's id.
window.caseTimelines = timelines;
window.caseTimelinesById = Object.fromEntries(hosts.map((host, i) => [host.id, timelines[i]]));
document.documentElement.dataset.ready = "true";
