// case-timeline on the bench. "Drawn": CaseTimeline.mount lays out and draws the canvas
// synchronously; the measurement ends after the next frame (requestAnimationFrame + the task
// after it), i.e. once that canvas has been presented.
import init, { CaseTimeline } from "/pkg/case_timeline.js";
import { afterNextFrame, timeStep, stage, centre, ready, navigation, navigationData } from "./common.js";

// In navigation mode the case is fetched while the wasm compiles, as <case-timeline> does.
const data = navigationData("ours");
const wasm = await init();
let timeline = null;
let host = null;

const canvas = () => host.querySelector("canvas");
const view = () => JSON.stringify(timeline.visibleRange());

window.benchRender = async (text) => {
  host = stage();
  const t0 = performance.now();
  timeline = CaseTimeline.mount(host, text, { theme: "light" });
  const t1 = await afterNextFrame();
  const problems = timeline.problems?.() ?? [];
  return { ms: t1 - t0, problems: Array.isArray(problems) ? problems.length : 0 };
};

// One Ctrl+wheel notch (deltaY −100) at the canvas centre: the widget zooms around the pointer.
window.benchZoom = () => {
  const c = canvas();
  const { x, y } = centre(c);
  return timeStep(() => c.dispatchEvent(new WheelEvent("wheel", { ctrlKey: true, deltaY: -100, clientX: x, clientY: y, bubbles: true, cancelable: true })), view);
};

// A horizontal wheel of 60 px pans by 60 CSS px.
window.benchPan = (sign = 1) => {
  const c = canvas();
  const { x, y } = centre(c);
  return timeStep(() => c.dispatchEvent(new WheelEvent("wheel", { deltaX: 60 * sign, clientX: x, clientY: y, bubbles: true, cancelable: true })), view);
};

window.benchDragPoint = () => {
  // Just above the time axis (the bottom of the canvas, or of the window if the canvas is taller).
  const r = canvas().getBoundingClientRect();
  return { x: r.left + r.width / 2, y: Math.min(r.bottom, innerHeight) - 30 };
};
window.benchView = view;
window.benchWasmBytes = () => wasm.memory.buffer.byteLength;
window.benchTeardown = () => {
  timeline?.destroy();
  host?.remove();
  timeline = host = null;
};
ready();
navigation("ours", (text) => text, data);
