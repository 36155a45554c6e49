// Converts the editor's large inputs (a 5 MB paste) off the main thread, so the page keeps
// answering while they are read: { id, text, source, dates } in, { id, result } or
// { id, error } out. Its own instance of the editor build; nothing leaves the browser.
import init, { convertCase } from "../pkg-editor/case_timeline.js";
import { convert } from "./convert.js";

const ready = init();
self.onmessage = async ({ data }) => {
  const { id, text, source, dates } = data;
  try {
    await ready;
    self.postMessage({ id, result: convert(convertCase, text, source, dates) });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
};
