"use client";
// A client component: the API (mount() with the package's CSS) and <case-timeline> (an English
// case and a Hebrew one, whose language pack Next.js emits as an asset). The package
// touches the browser only when it runs, so it is imported inside the effect.
import { useEffect, useRef } from "react";
import "case-timeline/case-timeline.css";

export default function Timelines() {
  const api = useRef(null);
  const element = useRef(null);
  useEffect(() => {
    let timeline = null;
    let gone = false;
    (async () => {
      const [{ mount }] = await Promise.all([import("case-timeline"), import("case-timeline/element")]);
      const ready = element.current.timeline ? null : new Promise((done) => element.current.addEventListener("ready", done, { once: true }));
      const text = await (await fetch("/nso-amnesty.json")).text();
      try {
        timeline = await mount(api.current, text, { theme: "light" });
        if (gone) return timeline.destroy();
        window.caseTimelines = [timeline];
        await ready;
        document.documentElement.dataset.ready = "true";
      } catch (error) {
        document.documentElement.dataset.failed = error.code;
      }
    })();
    return () => {
      gone = true;
      timeline?.destroy();
    };
  }, []);
  return (
    <>
      <div id="api" ref={api} />
      <case-timeline id="element" ref={element} src="/nso-amnesty.json" event="ruling" />
      <case-timeline id="hebrew" src="/sample-hebrew.json" />
    </>
  );
}
