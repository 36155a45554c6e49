// The demo page's "Embed this timeline" section: shows the copy-paste snippet for this server
// (as text) and runs the same snippet below it (the iframe; embed-host.js is loaded by the page).
const section = document.getElementById("embed");
if (section) {
  const page = new URL("./embed.html?src=cases/nso-amnesty.json", import.meta.url);
  const host = new URL("./embed-host.js", import.meta.url);
  const title = "Timeline of the case Amnesty International v. Ministry of Defense (NSO Group export licence)";
  const snippet = `<iframe src="${page.href}"\n  title="${title}"\n  width="100%" height="480" style="border:0" loading="lazy"></iframe>\n<script src="${host.href}" async></script>`;
  section.querySelector("pre code").textContent = snippet;

  const frame = document.createElement("iframe");
  frame.src = page.href;
  frame.title = title;
  frame.width = "100%";
  frame.height = "480";
  frame.loading = "lazy";
  frame.style.border = "0";
  section.querySelector(".embed-run").append(frame);
}
