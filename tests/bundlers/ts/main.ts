// A strict TypeScript consumer: compiles (tsc --noEmit --strict) against the package's types.
// The @ts-expect-error lines prove the types are real: if they were `any`, tsc would fail here.
import init, { CaseTimeline, CaseTimelineError, loadLocale, mount, validateCase } from "case-timeline";
import type { CaseProblem, CaseTimelineErrorCode, InitOutput, MountOptions, PackageMountOptions } from "case-timeline";
import { CaseTimelineElement } from "case-timeline/element";

export async function start(host: HTMLElement, text: string): Promise<CaseTimeline> {
  const output: InitOutput = await init();
  output.memory.buffer.byteLength.toFixed();
  await init({ module_or_path: new URL("case_timeline_bg.wasm", import.meta.url) });
  await init("/case_timeline_bg.wasm");
  const options: PackageMountOptions = { theme: "dark", locale: "he", hash: true, wasm: "/x.wasm" };
  const timeline = await mount(host, text, options);
  const plain: MountOptions = { theme: "light" };
  const again: CaseTimeline = CaseTimeline.mount(host, { version: 1 }, plain);
  const registered: boolean = await loadLocale("he");
  CaseTimeline.mount(host, text);
  again.setCase(text);
  console.log(registered);
  const selected: boolean = timeline.select("ruling");
  const problems: CaseProblem[] = [...timeline.problems(), ...validateCase(text), ...validateCase(text, "timelinejs")];
  const lines: string[] = problems.map((p) => `${p.line ?? "-"}:${p.column ?? "-"} ${p.severity} ${p.kind} ${p.path} ${p.message} ${p.text}`);
  console.log(selected, lines.join("\n"), timeline.eventAnchors().length, timeline.visibleRange().start);
  timeline.refreshTheme();
  timeline.destroy();
  // @ts-expect-error: the theme is "light", "dark" or "auto"
  await mount(host, text, { theme: "blue" });
  // @ts-expect-error: select takes an event id
  timeline.select(42);
  // @ts-expect-error: a problem's line is a number or null
  const line: string = timeline.problems()[0].line;
  console.log(line);
  return again;
}

export function element(): CaseTimelineElement {
  const el = document.createElement("case-timeline");
  const same: CaseTimelineElement = el;
  el.setAttribute("src", "case.json");
  el.data = { version: 1, title: "A case", events: [] };
  el.data = "{}";
  el.addEventListener("error", (event) => {
    const code: CaseTimelineErrorCode = event.detail.code;
    const message: string = event.detail.message;
    console.log(code, message);
  });
  el.addEventListener("select", (event) => console.log(event.detail.id.toUpperCase()));
  el.addEventListener("ready", (event) => {
    const kinds: string[] = event.detail.problems.map((p) => p.kind);
    console.log(kinds, el.timeline?.select("ruling"));
  });
  el.addEventListener("problems", (event) => console.log(event.detail.problems.length));
  el.addEventListener("click", (event: MouseEvent) => console.log(event.clientX));
  // @ts-expect-error: detail.code is a string, not a number
  el.addEventListener("error", (event) => event.detail.code.toFixed());
  // @ts-expect-error: data is an object or text
  el.data = 42;
  return same;
}

export function failure(error: unknown): string {
  return error instanceof CaseTimelineError ? error.code : "unknown";
}
