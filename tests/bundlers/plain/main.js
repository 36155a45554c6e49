// No bundler: the package's files straight from node_modules, as a CDN or a copy would serve them.
import { mount } from "../node_modules/case-timeline/index.js";

// Every <case-timeline> of the page (the NSO case, and a Hebrew one that loads its language pack).
const elementReady = Promise.all([...document.querySelectorAll("case-timeline")].map((element) =>
  element.timeline ? Promise.resolve() : new Promise((done) => element.addEventListener("ready", done, { once: true }))));
const text = await (await fetch("/www/cases/nso-amnesty.json")).text();
window.caseTimelines = [await mount(document.getElementById("api"), text)];
await elementReady;
document.documentElement.dataset.ready = "true";
