// A small static server for the demo and the browser tests: serves the repository root on
// 127.0.0.1, with .wasm as application/wasm. Options: --port N (default 8080), --root DIR,
// --csp "policy" (adds a Content-Security-Policy header to HTML responses).
// Two routes for the failure tests: /status/NNN answers with that HTTP status, and /slow never
// answers (until the client gives up or the server closes).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const port = Number(option("--port", "8080"));
const root = resolve(option("--root", new URL("../..", import.meta.url).pathname));
const csp = option("--csp", "");

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ts": "text/plain; charset=utf-8",
};

export function startServer({ port: p = port, host = "127.0.0.1", csp: policy = csp, root: base = root } = {}) {
  const top = resolve(base);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://localhost");
      const status = /^\/status\/([2-5]\d\d)$/.exec(url.pathname);
      if (status) {
        res.writeHead(Number(status[1]), { "Content-Type": "text/plain; charset=utf-8", "Access-Control-Allow-Origin": "*" });
        res.end(`status ${status[1]}\n`);
        return;
      }
      if (url.pathname === "/slow") return; // never answers
      let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, "");
      let file = join(top, path);
      if (!file.startsWith(top)) throw Object.assign(new Error("outside root"), { code: "ENOENT" });
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      const type = types[extname(file)] || "application/octet-stream";
      const headers = { "Content-Type": type, "Cache-Control": "no-cache", "Access-Control-Allow-Origin": "*" };
      if (policy && type.startsWith("text/html")) headers["Content-Security-Policy"] = policy;
      res.writeHead(200, headers);
      res.end(body);
    } catch (error) {
      const status = error.code === "ENOENT" || error.code === "ENOTDIR" ? 404 : 500;
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(status === 404 ? "not found\n" : "server error\n");
    }
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(p, host, () => done(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer();
  const { port: actual } = server.address();
  console.log(`case-timeline demo: http://127.0.0.1:${actual}/`);
}
