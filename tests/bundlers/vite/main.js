// A consumer of the npm package: the API with the package's CSS, and the custom element.
import { mount } from "case-timeline";
import "case-timeline/element";
import "case-timeline/case-timeline.css";

// Every <case-timeline> of the page (the NSO case, and a Hebrew one that loads its language pack).
const elementReady = Promise.all([...document.querySelectorAll("case-timeline")].map((element) =>
  element.timeline ? Promise.resolve() : new Promise((done) => element.addEventListener("ready", done, { once: true }))));
const text = await (await fetch("nso-amnesty.json")).text();
try {
  window.caseTimelines = [await mount(document.getElementById("api"), text, { theme: "light" })];
  await elementReady;
  document.documentElement.dataset.ready = "true";
} catch (error) {
  // mount() has shown the reason in #api already; error.code says which.
  document.documentElement.dataset.failed = error.code;
}
