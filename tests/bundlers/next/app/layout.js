// No favicon request (the static export has none, and a 404 would be a console error).
export const metadata = { title: "case-timeline in a Next.js app", icons: { icon: "data:," } };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
