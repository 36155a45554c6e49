// vis-timeline on the bench (the standalone build: DataSet, moment and hammer.js included).
// "Drawn": its `onInitialDrawComplete` callback (it fires after the first `changed` event, i.e.
// the first completed redraw, once the root is made visible), then the next frame, which also
// carries the redraw for its initial fit of the window to the items.
import { afterNextFrame, timeStep, stage, centre, ready, navigation } from "./common.js";

let timeline = null;
let host = null;

const panel = () => host.querySelector(".vis-panel.vis-center");
const view = () => {
  const w = timeline.getWindow();
  return `${+w.start} ${+w.end}`;
};

window.benchRender = (items) => new Promise((resolve, reject) => {
  host = stage();
  const t0 = performance.now();
  const options = {
    height: "600px",
    zoomKey: "ctrlKey",
    horizontalScroll: true,
    verticalScroll: true,
    onInitialDrawComplete: async () => {
      const t1 = await afterNextFrame();
      resolve({ ms: t1 - t0 });
    },
  };
  timeline = new window.vis.Timeline(host, new window.vis.DataSet(items), options);
  setTimeout(() => reject(new Error("vis-timeline never completed its initial draw")), 120000);
});

// One Ctrl+wheel notch (deltaY −100) over the centre panel: zooms around the pointer.
window.benchZoom = () => {
  const p = panel();
  const { x, y } = centre(p);
  return timeStep(() => p.dispatchEvent(new WheelEvent("wheel", { ctrlKey: true, deltaY: -100, clientX: x, clientY: y, bubbles: true, cancelable: true })), view);
};

// A horizontal wheel (horizontalScroll: true): deltaX 120 moves the window by 1/20 of its width
// (vis moves delta/120 × width/20), 50 px here, about the 60 px the others pan.
window.benchPan = (sign = 1) => {
  const p = panel();
  const { x, y } = centre(p);
  return timeStep(() => p.dispatchEvent(new WheelEvent("wheel", { deltaX: 120 * sign, clientX: x, clientY: y, bubbles: true, cancelable: true })), view);
};

window.benchDragPoint = () => {
  const r = panel().getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + 20 };
};
window.benchView = view;
window.benchWasmBytes = () => 0;
window.benchTeardown = () => {
  timeline?.destroy();
  host?.remove();
  timeline = host = null;
};
ready();
navigation("vis", (text) => JSON.parse(text));
