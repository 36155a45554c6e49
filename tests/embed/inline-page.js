// Marks the page ready once the static <case-timeline> has answered (window.events as element-page.js).
const element = document.getElementById("t0");
const events = (window.events = []);
const start = performance.now();
const record = (event) => {
  events.push({ i: 0, type: event.type, detail: event.detail, ms: Math.round(performance.now() - start) });
  document.documentElement.dataset.ready = "true";
};
if (element.timeline) record(new CustomEvent("ready", { detail: {} }));
element.addEventListener("ready", record);
element.addEventListener("error", record);
