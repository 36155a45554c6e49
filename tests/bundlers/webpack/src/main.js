// A consumer of the npm package through webpack 5: the custom element, and the API's init.
import init, { validateCase } from "case-timeline";
import "case-timeline/element";

// Every <case-timeline> of the page (the NSO case, and a Hebrew one that loads its language pack).
const ready = Promise.all([...document.querySelectorAll("case-timeline")].map((element) =>
  element.timeline ? Promise.resolve() : new Promise((done) => element.addEventListener("ready", done, { once: true }))));
init().then(async () => {
  window.validated = validateCase('{"version": 1}');
  await ready;
  document.documentElement.dataset.ready = "true";
});
