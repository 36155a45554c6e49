// The JS API is described once, in the Rust doc comments of src/web/mod.rs (wasm-bindgen writes
// them into pkg/case_timeline.d.ts); the README's API section must name every method, export,
// option and event of it. No browser: reads the built package and the README.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const repo = new URL("../../", import.meta.url);
const generated = readFileSync(new URL("pkg/case_timeline.d.ts", repo), "utf8");
const readme = readFileSync(new URL("README.md", repo), "utf8");
const widget = readFileSync(new URL("src/web/widget.rs", repo), "utf8");
const section = readme.slice(readme.indexOf("## The JavaScript API"), readme.indexOf("## Install from npm"));

test("the README's API section names every method and export of the generated declarations", () => {
  assert.ok(section.length > 500, "no API section in the README");
  const klass = generated.slice(generated.indexOf("export class CaseTimeline"), generated.indexOf("\n}\n", generated.indexOf("export class CaseTimeline")));
  const methods = [...klass.matchAll(/^ {4}(?:static )?([a-zA-Z]\w*)\(/gm)].map((m) => m[1]).filter((m) => !m.startsWith("__"));
  assert.ok(methods.includes("mount") && methods.includes("select"), `parsed ${methods}`);
  const exports = [...generated.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]).filter((f) => !["initSync"].includes(f));
  for (const name of [...methods, ...exports]) {
    assert.ok(section.includes(`${name}(`), `the README's API section does not mention ${name}()`);
  }
  assert.ok(!/__test|__paints/.test(generated), "test hooks ship in the release package");
});

test("the README's API section names every option, event and problem field", () => {
  const options = generated.slice(generated.indexOf("export interface MountOptions"), generated.indexOf("}", generated.indexOf("export interface MountOptions")));
  const keys = [...options.matchAll(/^ +(\w+)\?:/gm)].map((m) => m[1]);
  assert.deepEqual(keys, ["theme", "locale", "pageLocale", "hash", "imported", "header"]);
  for (const k of keys) assert.ok(section.includes(`\`${k}\``), `option ${k} is not in the README`);
  const problem = generated.slice(generated.indexOf("export interface CaseProblem"), generated.indexOf("\n}", generated.indexOf("export interface CaseProblem")));
  for (const field of [...problem.matchAll(/^ +(\w+):/gm)].map((m) => m[1])) {
    assert.ok(section.includes(field), `problem field ${field} is not in the README`);
  }
  // The events the shell dispatches: the kinds in its dispatch function.
  const dispatch = widget.slice(widget.indexOf("fn dispatch("), widget.indexOf("CustomEventInit::new()"));
  const events = [...dispatch.matchAll(/\("(\w+)",\s*(?:js::object|detail)/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(events)].sort(), ["error", "problems", "ready", "select"]);
  for (const e of events) assert.ok(section.includes(`\`${e}\``), `event ${e} is not in the README`);
});

test("the README's element attributes give the timeout the element uses by default", () => {
  const element = readFileSync(new URL("www/element.js", repo), "utf8");
  const ms = Number(/const DEFAULT_TIMEOUT = (\d+);/.exec(element)?.[1]);
  assert.ok(ms > 0, "no DEFAULT_TIMEOUT in element.js");
  const said = /`timeout` \(ms for `src`, default (\d+)\)/.exec(readme);
  assert.ok(said, "the README does not give the timeout attribute's default");
  assert.equal(Number(said[1]), ms, "the README's default timeout is not the element's");
  const seconds = /`case-timeout` \(no answer within\s+(\d+) s/.exec(readme);
  assert.equal(Number(seconds?.[1]) * 1000, ms, "the README's case-timeout seconds are not the element's default");
});
