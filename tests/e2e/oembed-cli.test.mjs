// The oEmbed command line (www/tools/oembed.mjs): a response for a good case, and a non-zero
// exit naming the line and column, or the JSON path, for a file that would embed an error panel.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const tool = fileURLToPath(new URL("../../www/tools/oembed.mjs", import.meta.url));
const url = "https://example.org/case-timeline/www/embed.html?src=cases/x.json";
const dir = mkdtempSync(join(tmpdir(), "oembed-"));
const run = (name, text) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return spawnSync(process.execPath, [tool, file, "--url", url], { encoding: "utf8" });
};

test("oembed.mjs writes a rich response for a case it can draw", () => {
  const done = run("good.json", JSON.stringify({ version: 1, title: "A v. B", events: [{ id: "e", date: "2020-01-02", kind: "filing", title: "Filed" }] }));
  assert.equal(done.status, 0, done.stderr);
  const response = JSON.parse(done.stdout);
  assert.equal(response.type, "rich");
  assert.equal(response.title, "A v. B");
});

test("oembed.mjs exits non-zero with line:column for broken JSON and the path for a case without events", () => {
  const broken = run("broken.json", '{\n  "title": "A",\n  "events": [1,]\n}');
  assert.notEqual(broken.status, 0);
  assert.match(broken.stderr, /broken\.json: JSON syntax at line 3, column \d+/);
  assert.equal(broken.stdout, "");
  const empty = run("empty.json", '{"version": 1, "title": "A", "events": []}');
  assert.notEqual(empty.status, 0);
  assert.match(empty.stderr, /events: the list is empty/);
  const none = run("none.json", '{"version": 1, "title": "A"}');
  assert.notEqual(none.status, 0);
  assert.match(none.stderr, /"events" is missing/);
  const list = run("list.json", "[]");
  assert.notEqual(list.status, 0);
  assert.match(list.stderr, /top level must be an object/);
});
