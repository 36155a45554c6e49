// Test page for languages: one case mounted through the package entry's mount(), which loads the
// case's language pack first.
//   ?case=<url>     the case (default: the Hebrew sample)
//   &locale=<tag>   the locale option
//   &theme=<name>   light (default) or dark
import { mount } from "/www/index.js";

const params = new URLSearchParams(location.search);
const src = params.get("case") || "/www/cases/sample-hebrew.json";
const options = { theme: params.get("theme") || "light" };
if (params.has("locale")) options.locale = params.get("locale");
const text = await (await fetch(src)).text();
try {
  window.caseTimelines = [await mount(document.getElementById("case"), text, options)];
  document.documentElement.dataset.ready = "true";
} catch (error) {
  document.documentElement.dataset.failed = error.code;
}
