// Test page for the iframe embed: frames from the query string, every message recorded.
//   ?frame=<embed url>   an iframe (repeatable)
//   &sandbox=1           iframes sandboxed like WordPress' (allow-scripts only: "null" origin)
//   &dark=1              a dark news page (color-scheme: dark, a near-black background)
// window.messages: [{ frame, data }]; the page answers WordPress' handshake ("ready") itself.
const params = new URLSearchParams(location.search);
const frames = [];
if (params.get("dark")) {
  document.documentElement.style.colorScheme = "dark";
  document.documentElement.style.background = "#101010";
}
window.messages = [];
for (const src of params.getAll("frame")) {
  const frame = document.createElement("iframe");
  frame.src = src;
  frame.title = "Case timeline";
  frame.width = "100%";
  frame.height = "150";
  frame.style.border = "0";
  frame.style.display = "block";
  if (params.get("sandbox")) frame.setAttribute("sandbox", "allow-scripts");
  frame.addEventListener("load", () => {
    const secret = /secret=([\w-]+)/.exec(src);
    if (secret) frame.contentWindow.postMessage({ message: "ready", secret: secret[1] }, "*");
  });
  frames.push(frame);
  document.getElementById("frames").append(frame);
}
addEventListener("message", (event) => {
  window.messages.push({ frame: frames.findIndex((f) => f.contentWindow === event.source), data: event.data });
});
document.documentElement.dataset.ready = "true";
