// The same generated case (www/tools/generate-case.mjs, fixed seed) in each library's format.
//   ours:        the case JSON text, as a page would fetch it (mount parses it);
//   TimelineJS3: its JSON — events with start_date {year, month, day}, text {headline, text},
//                the quote as media (a <blockquote>, credited to its speaker), unique_id;
//   vis:         DataSet items {id, content, start}.
// The peers get parsed objects (their natural input); ours gets text and parses it inside the
// measured time — the difference favours the peers slightly.
import { generateCase } from "../www/tools/generate-case.mjs";

export const SEED = 7;
export const YEARS = 5;

export function makeCase(events) {
  return generateCase({ events, years: YEARS, seed: SEED });
}

export function toTimelineJS(kase) {
  const party = new Map(kase.parties.map((p) => [p.id, p.name]));
  return {
    events: kase.events.map((e) => {
      const [year, month, day] = e.date.split("-").map(Number);
      const quote = e.quotes?.[0];
      const event = {
        unique_id: e.id,
        start_date: { year, month, day },
        text: { headline: e.title, text: e.summary ?? "" },
      };
      if (quote) {
        event.media = { url: `<blockquote>${escapeText(quote.text)}</blockquote>`, credit: party.get(quote.speaker) ?? "" };
      }
      return event;
    }),
  };
}

export function toVis(kase) {
  return kase.events.map((e) => ({ id: e.id, content: e.title, start: e.date }));
}

function escapeText(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
