// TimelineJS3 on the bench. "Drawn": the Timeline's `loaded` event (its time navigation and its
// story slider have both been built), then the next frame. The first slide's slide-in animation
// goes on after that and is not counted.
import { afterNextFrame, timeStep, stage, centre, ready, navigation } from "./common.js";

const SCRIPT_PATH = new URL("/bench/node_modules/@knight-lab/timelinejs/dist/js/", location.href).href;
let timeline = null;
let host = null;

const slider = () => host.querySelector(".tl-timenav-slider");
const view = () => `${timeline._timenav.options.scale_factor} ${slider().style.left}`;

window.benchRender = (data) => new Promise((resolve, reject) => {
  host = stage();
  host.classList.add("fixed-height");
  const t0 = performance.now();
  timeline = new window.TL.Timeline(host, data, { script_path: SCRIPT_PATH, hash_bookmark: false, ga_measurement_id: null });
  timeline.on("loaded", async () => {
    const t1 = await afterNextFrame();
    resolve({ ms: t1 - t0 });
  });
  setTimeout(() => reject(new Error("TimelineJS3 never fired loaded")), 120000);
});

// One step of its zoom buttons (the next factor of its zoom sequence: 2 → 3 → 5 → 8 …).
window.benchZoom = () => timeStep(() => timeline.zoomIn(), view);

// Its time navigation pans on a horizontal mouse wheel (the legacy `mousewheel` event, which it
// listens to): wheelDeltaX −360 moves the slider by 60 CSS px.
window.benchPan = (sign = 1) => {
  const nav = host.querySelector(".tl-timenav");
  const { x, y } = centre(nav);
  return timeStep(() => nav.dispatchEvent(new WheelEvent("mousewheel", { wheelDeltaX: -360 * sign, wheelDeltaY: 0, deltaX: 60 * sign, clientX: x, clientY: y, bubbles: true, cancelable: true })), view);
};

// A drag pans only when it starts on the slider background, not on a marker: find such a point
// in the time navigation.
window.benchDragPoint = () => {
  const background = host.querySelector(".tl-timenav-slider-background");
  const nav = host.querySelector(".tl-timenav").getBoundingClientRect();
  for (let y = nav.bottom - 5; y > nav.top; y -= 5) {
    for (let x = nav.left + nav.width / 2; x < nav.right - 100; x += 20) {
      const hit = document.elementFromPoint(x, y);
      if (hit && (hit === background || background.contains(hit))) return { x, y };
    }
  }
  return { x: nav.left + nav.width / 2, y: nav.bottom - 10 };
};
window.benchView = view;
window.benchWasmBytes = () => 0;
window.benchTeardown = () => {
  host?.remove();
  timeline = host = null;
};
ready();
navigation("timelinejs", (text) => JSON.parse(text));
