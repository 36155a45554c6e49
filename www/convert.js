// The editor's one conversion of its source text to case JSON, shared by the page (small inputs,
// at the next frame) and convert-worker.js (large ones, off the main thread).

/**
 * `{ json, problems, format, events }` for `text` (the paste box's when `source` is "sheet", else
 * the JSON editor's). The paste box holds our spreadsheet or TimelineJS's (found from the header
 * row), or JSON pasted there. Text that does not start like JSON is never read as JSON: without a
 * header row (a row of data, a line of prose) it gets the spreadsheet's own problem ("row 1: no
 * header row…"), not a JSON syntax error.
 */
export function convert(convertCase, text, source, dates) {
  if (!text.trim()) return { json: null, problems: [], format: source === "sheet" ? "sheet" : "case", events: 0 };
  if (source !== "sheet") {
    const result = convertCase(text, "auto");
    // The JSON editor holds case JSON: the widget gets the editor's own text (with its positions).
    return result.format === "case" ? { ...result, json: text } : result;
  }
  const options = { dates };
  const auto = convertCase(text, "auto", options);
  if (auto.format !== "case" || /^\uFEFF?\s*[[{]/.test(text)) return auto;
  return convertCase(text, "sheet", options);
}
