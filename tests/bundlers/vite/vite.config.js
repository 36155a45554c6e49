// The documented configuration for Vite 6/7: the dev server must not pre-bundle case-timeline, or
// the .wasm next to it is not found (https://github.com/vitejs/vite/issues/8427).
import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  optimizeDeps: { exclude: ["case-timeline"] },
  logLevel: "warn",
});
