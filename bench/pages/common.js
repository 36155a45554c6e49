// Shared by the three bench pages: frame timing, the step timer, the frame counter and the
// stage element. Each page defines, on window:
//   benchRender(data) → { ms }       construct → first drawn frame (what "drawn" means: per page)
//   benchZoom()       → { toFrame, work, changed }   one zoom-in step, resolved after the next frame
//   benchPan(sign)    → { toFrame, work, changed }   one pan step (about 60 CSS px), likewise
//   benchDragPoint()  → { x, y }     where a mouse drag pans (client coordinates)
//   benchView()       → string       the visible window, to check that a step did something
//   benchWasmBytes()  → number       WebAssembly memory (ours; 0 for the peers)
//   benchTeardown()                  destroys the widget and removes its element
// and sets <html data-ready="true"> once its library has loaded.

// Long tasks (over 50 ms on the main thread), from the start of the page: the "no jank after the
// first drawing" figure counts those that start after the page's first drawing.
const longTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const t of list.getEntries()) longTasks.push({ start: t.startTime, duration: t.duration });
  }).observe({ type: "longtask", buffered: true });
} catch {
  // No Long Tasks API: the figure is reported as missing.
}
window.benchLongTasks = (after = 0) => longTasks.filter((t) => t.start >= after);

/**
 * Navigation mode (`?nav=<events>`): the page fetches its library's generated data
 * (target/bench/data/<lib>-<events>.json, written by run.mjs) as soon as its script runs and
 * renders it, like a reader's page; `window.benchNav` then holds { drawn } — milliseconds from
 * the navigation's start to the first drawn frame — and `window.benchNavError` any failure.
 */
export const navigationData = (lib) => {
  const n = new URLSearchParams(location.search).get("nav");
  return n ? fetch(`/target/bench/data/${lib}-${n}.json`).then((r) => r.text()) : null;
};
export async function navigation(lib, parse, started = null) {
  const n = new URLSearchParams(location.search).get("nav");
  if (!n) return;
  try {
    const text = await (started ?? navigationData(lib));
    await window.benchRender(parse(text));
    window.benchNav = { drawn: performance.now() };
  } catch (error) {
    window.benchNavError = String(error?.message || error);
  }
}

/** Resolves (with performance.now()) once the next frame has been produced: a requestAnimationFrame
 *  callback, then a message task, which runs after that frame's style, layout and paint. */
export function afterNextFrame() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve(performance.now());
      };
      channel.port2.postMessage(0);
    });
  });
}

/**
 * Times one interaction step. `trigger` runs synchronously (dispatches the event or calls the API);
 * the step ends after the next produced frame.
 *   toFrame: trigger → end of the next frame (includes waiting for the display's next tick,
 *            0–16.7 ms at 60 Hz, so even free work measures a few ms);
 *   work:    main-thread time spent: the synchronous part plus the frame itself (from the start of
 *            that frame's requestAnimationFrame callbacks to its end), the idle wait excluded.
 */
export async function timeStep(trigger, view) {
  let frameStart = null;
  // Registered before the trigger, so it runs first in the next frame, before any callback the
  // library schedules while handling the step.
  requestAnimationFrame(() => {
    frameStart = performance.now();
  });
  const before = view();
  const t0 = performance.now();
  trigger();
  const t1 = performance.now();
  const t2 = await afterNextFrame();
  const start = Math.max(t1, frameStart ?? t1);
  return { toFrame: t2 - t0, work: t1 - t0 + (t2 - start), changed: view() !== before };
}

/** Waits until the page is quiet: three frames in a row at most 20 ms apart (at most `limit` ms). */
export async function quiet(limit = 3000) {
  const end = performance.now() + limit;
  let last = await afterNextFrame();
  let calm = 0;
  while (calm < 3 && performance.now() < end) {
    const now = await afterNextFrame();
    calm = now - last <= 20 ? calm + 1 : 0;
    last = now;
  }
}

/** Counts requestAnimationFrame callbacks between start() and stop(). */
/** fps = callbacks ÷ the time from start() to stop() (stop() itself waits for a blocked main
 *  thread, so a page that draws one frame in 5 s measures 0.2 fps). worstFrameMs: the longest gap
 *  between two callbacks. */
export function frameCounter() {
  let running = false;
  let frames = 0;
  let begun = 0;
  let last = 0;
  let worst = 0;
  const tick = (now) => {
    if (!running) return;
    worst = Math.max(worst, now - last);
    frames++;
    last = now;
    requestAnimationFrame(tick);
  };
  return {
    start() {
      running = true;
      frames = 0;
      worst = 0;
      begun = last = performance.now();
      requestAnimationFrame(tick);
    },
    stop() {
      running = false;
      const ms = performance.now() - begun;
      worst = Math.max(worst, performance.now() - last);
      return { frames, ms, fps: (frames * 1000) / ms, worstFrameMs: worst };
    },
  };
}

/** Waits until the page has stopped growing: the number of elements in the document unchanged
 *  over three checks 250 ms apart (at most `limit` ms). Ours fills its screen-reader list in
 *  idle-time slices after the first frame; memory and interaction are measured once it is done. */
export async function settle(limit = 20000) {
  const t0 = performance.now();
  let last = -1;
  let stable = 0;
  while (stable < 3 && performance.now() - t0 < limit) {
    const count = document.getElementsByTagName("*").length;
    stable = count === last ? stable + 1 : 0;
    last = count;
    await new Promise((r) => setTimeout(r, 250));
  }
  await quiet();
  return { ms: performance.now() - t0, elements: last };
}

window.benchSettle = settle;
window.benchFrames = frameCounter();
window.benchQuiet = quiet;
/** Frames per second of an idle page over `ms` (calibration: the display rate headless Chromium runs at). */
window.benchIdleFps = async (ms = 1000) => {
  const counter = frameCounter();
  counter.start();
  await new Promise((r) => setTimeout(r, ms));
  return counter.stop().fps;
};

/** A fresh element for the widget, 1000 × 600 CSS px, in the page's stage. */
export function stage() {
  const host = document.createElement("div");
  host.className = "bench-host";
  document.getElementById("stage").append(host);
  return host;
}

/** Centre of an element in client coordinates. */
export function centre(element) {
  const r = element.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

export function ready() {
  document.documentElement.dataset.ready = "true";
}
