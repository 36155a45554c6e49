// Test page for the package entry (www/index.js): ten concurrent init() calls, then mount().
//   ?wasm=<url>   a custom .wasm URL for init
import init, { mount, CaseTimeline } from "/www/index.js";

const params = new URLSearchParams(location.search);
const wasm = params.get("wasm");
const options = wasm ? { module_or_path: new URL(wasm, location.href) } : undefined;
const calls = Array.from({ length: 10 }, () => init(options));
const outputs = await Promise.all(calls);
window.initResult = { same: outputs.every((o) => o === outputs[0]), samePromise: calls.every((p) => p === calls[0]) };
const text = await (await fetch("/www/cases/nso-amnesty.json")).text();
const timeline = await mount(document.getElementById("case"), text, { theme: "light" });
window.caseTimelines = [timeline];
window.isCaseTimeline = timeline instanceof CaseTimeline;
document.documentElement.dataset.ready = "true";
