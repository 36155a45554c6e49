// webpack 5 needs no configuration for case-timeline: the .wasm, the .css and the language packs
// are found through `new URL(…, import.meta.url)` and emitted as assets.
import { fileURLToPath } from "node:url";

export default {
  mode: "production",
  context: fileURLToPath(new URL(".", import.meta.url)),
  entry: "./src/main.js",
  output: { path: fileURLToPath(new URL("dist", import.meta.url)), clean: true },
  performance: { hints: false },
};
