// The one copy of what the JavaScript side shows before (or instead of) a widget: the theme
// decision, the loading status and the failure panel. Text only, through textContent.

/** "dark" or "light": the `theme` option if it says so, else the reader's preference. */
export function resolveTheme(theme, view = globalThis) {
  if (theme === "dark" || theme === "light") return theme;
  return view?.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

function panelRoot(doc, kind, theme) {
  const root = doc.createElement("div");
  root.className = `ct-root ${kind}`;
  root.dataset.theme = resolveTheme(theme, doc.defaultView);
  return root;
}

/** A `div.ct-root.ct-loading` with a polite status line. */
export function statusPanel(doc, text, theme) {
  const root = panelRoot(doc, "ct-loading", theme);
  const status = doc.createElement("div");
  status.className = "ct-status";
  status.setAttribute("role", "status");
  status.textContent = text;
  root.append(status);
  return root;
}

/** A `div.ct-root.ct-failed[data-code]` with an alert saying what failed and what to do. */
export function failurePanel(doc, { code, message, theme, title = "The timeline could not be shown." }) {
  const root = panelRoot(doc, "ct-failed", theme);
  root.dataset.code = code;
  const banner = doc.createElement("div");
  banner.className = "ct-banner";
  banner.setAttribute("role", "alert");
  const heading = doc.createElement("p");
  heading.textContent = title;
  const text = doc.createElement("div");
  text.className = "ct-banner-message";
  text.textContent = message;
  banner.append(heading, text);
  root.append(banner);
  return root;
}
