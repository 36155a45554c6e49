// Generated from locales/*.json by www/tools/locales.mjs (make build): do not edit; edit the
// JSON files and run `node www/tools/locales.mjs`.

/** The English words of the JavaScript side ("js.*" in locales/en.json), shown when no pack is loaded. */
export const ENGLISH = {
  "js.loading": "Loading the timeline…",
  "js.failed": "The timeline could not be shown.",
  "js.no_case": "No case to show: give <case-timeline> a src attribute, a <script type=\"application/json\"> child, or set its data property.",
  "js.bad_src": "Could not load the case: \"{src}\" is not a valid URL.",
  "js.case_http": "Could not load the case from {url}: the server answered HTTP {status}.",
  "js.case_timeout": {
    "one": "Could not load the case from {url}: no answer within {n} second.",
    "other": "Could not load the case from {url}: no answer within {n} seconds."
  },
  "js.case_network": "Could not load the case from {url}: {reason} (offline, or blocked by CORS or a Content-Security-Policy?).",
  "js.internal": "The timeline stopped with an internal error: {reason}",
  "js.no_wasm": "This browser cannot run the timeline: WebAssembly is not available (is it turned off, as in Lockdown Mode?).",
  "js.wasm_missing": "The timeline's program could not be downloaded from {url}: {reason} (offline, or blocked by CORS or a Content-Security-Policy?).",
  "js.wasm_http": "The timeline's program could not be downloaded: {url} answered HTTP {status}.",
  "js.wasm_mime": "The timeline's program at {url} came back as {type}, not WebAssembly (\"application/wasm\"). The server answered with another file, often a development server's HTML page: with Vite, add optimizeDeps: { exclude: [\"case-timeline\"] } to vite.config; otherwise serve the .wasm file itself, as application/wasm.",
  "js.wasm_csp": "This page's Content-Security-Policy does not allow WebAssembly, which the timeline needs: add 'wasm-unsafe-eval' to its script-src (for example script-src 'self' 'wasm-unsafe-eval').",
  "js.wasm_start": "The timeline's program ({url}) could not start: {reason}"
};

/** Where each language pack is, by primary language subtag (English is compiled into the program). */
export const PACKS = {
  ar: new URL("../locales/ar.json", import.meta.url),
  de: new URL("../locales/de.json", import.meta.url),
  es: new URL("../locales/es.json", import.meta.url),
  fr: new URL("../locales/fr.json", import.meta.url),
  he: new URL("../locales/he.json", import.meta.url),
  it: new URL("../locales/it.json", import.meta.url),
  nl: new URL("../locales/nl.json", import.meta.url),
  pt: new URL("../locales/pt.json", import.meta.url),
  ru: new URL("../locales/ru.json", import.meta.url),
};
