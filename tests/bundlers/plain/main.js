// No bundler: the package's files straight from node_modules, as a CDN or a copy would serve them.
import { mount } from "../node_modules/case-timeline/index.js";

const element = document.getElementById("element");
const elementReady = element.timeline ? Promise.resolve() : new Promise((done) => element.addEventListener("ready", done, { once: true }));
const text = await (await fetch("/www/cases/nso-amnesty.json")).text();
window.caseTimelines = [await mount(document.getElementById("api"), text)];
await elementReady;
document.documentElement.dataset.ready = "true";
