// Generates a synthetic docket in the case format, deterministically (same seed → same file).
// Used for the demo gallery's dense docket and by the benchmarks.
//   node www/tools/generate-case.mjs --events 200 --years 5 --seed 7 > www/cases/dense-docket.json
// Each event has a date, a ~60-character title, a ~200-character summary and a ~150-character
// quote. The text is filler for layout and speed tests, not about any real case.

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

export function generateCase({ events = 200, years = 5, seed = 7 } = {}) {
  let state = seed >>> 0 || 1;
  const random = () => {
    // xorshift32
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const kinds = ["filing", "filing", "hearing", "hearing", "order", "ruling", "statement", "appeal", "other"];
  const subjects = ["motion to dismiss", "request for disclosure", "expert opinion", "witness list", "interim order",
    "procedural hearing", "evidence hearing", "closing arguments", "request for an extension", "objection to evidence"];
  const verbs = ["Court schedules", "Defence files", "State submits", "Judge rules on", "Court hears", "Parties argue"];
  const parties = [
    { id: "court", name: "District Court (sample)", role: "court" },
    { id: "state", name: "The State (sample)", role: "petitioner" },
    { id: "defence", name: "Defendant A (sample)", role: "respondent" },
    { id: "media", name: "Media organisations (sample)", role: "intervenor" },
  ];
  const start = Date.UTC(2019, 0, 1);
  const span = years * 365.25 * 86400000;
  const list = [];
  for (let i = 0; i < events; i++) {
    const t = new Date(start + random() * span);
    const date = t.toISOString().slice(0, 10);
    const kind = pick(kinds);
    const subject = pick(subjects);
    const title = `${pick(verbs)} ${subject} (${i + 1})`.padEnd(58, " ·").slice(0, 60).trim();
    const party = kind === "ruling" || kind === "order" ? "court" : pick(parties).id;
    const event = {
      id: `e${String(i + 1).padStart(5, "0")}`,
      date,
      kind,
      title,
      summary: `Synthetic docket entry ${i + 1}: the ${subject} is recorded here so that layout, level of detail and speed can be tested with realistic amounts of text per event.`.slice(0, 200),
      parties: [party],
      quotes: [{ text: `This is a synthetic quotation number ${i + 1}, about as long as a short statement to the press after a hearing, used to test tooltips.`.slice(0, 150), speaker: party }],
    };
    if (kind === "hearing" && random() < 0.2) event.access = "closed";
    if (random() < 0.05) event.status = "scheduled";
    list.push(event);
  }
  return {
    version: 1,
    title: `Sample docket: ${events} synthetic events over ${years} years`,
    summary: "Synthetic data for testing; not a real case.",
    locale: "en",
    parties,
    events: list,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const json = generateCase({ events: option("--events", 200), years: option("--years", 5), seed: option("--seed", 7) });
  process.stdout.write(JSON.stringify(json, null, 1) + "\n");
}
