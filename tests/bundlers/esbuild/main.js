// esbuild bundles the JavaScript but does not copy the .wasm (nor the .css): the build step
// copies them (tests/e2e/bundlers.test.mjs does what the README says), and init() is told where
// the .wasm is. <case-timeline> then shares that init.
import init, { mount } from "case-timeline";
import "case-timeline/element";

await init({ module_or_path: new URL("dist/wasm/case_timeline_bg.wasm", document.baseURI) });
// Every <case-timeline> of the page (the NSO case, and a Hebrew one that loads its language pack).
const elementReady = Promise.all([...document.querySelectorAll("case-timeline")].map((element) =>
  element.timeline ? Promise.resolve() : new Promise((done) => element.addEventListener("ready", done, { once: true }))));
const text = await (await fetch("../../../www/cases/nso-amnesty.json")).text();
window.caseTimelines = [await mount(document.getElementById("api"), text)];
await elementReady;
document.documentElement.dataset.ready = "true";
