import Timelines from "./timelines";

// A server component page that renders the client component holding both timelines.
export default function Page() {
  return (
    <main>
      <h1>case-timeline in a Next.js app</h1>
      <Timelines />
    </main>
  );
}
