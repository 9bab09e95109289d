import { refuseTestClockOutsideTestProfile } from "@tthc/clock";
import react from "@vitejs/plugin-react";
import { gzipSync } from "node:zlib";
import { defineConfig, type Plugin, type ProxyOptions } from "vite";

// vite.config.ts imports a workspace package written in TypeScript (@tthc/clock), so every vite
// command runs with `--configLoader runner`, which loads the config through Vite itself.

// The app calls the gateway at the same-origin paths /graphql and /files: no CORS, and one origin for the
// tokens. This proxy is the dev server's; the built app is served by server/ (npm start, the stack, the image).
const gateway: Record<string, ProxyOptions> = {
  // xfwd: the gateway rate-limits per client, so it must learn the browser's address, not ours.
  "/graphql": { target: process.env.GATEWAY_URL ?? "http://127.0.0.1:4000", xfwd: true },
  "/files": { target: process.env.GATEWAY_URL ?? "http://127.0.0.1:4000", xfwd: true },
};

export default defineConfig(({ command }) => {
  // The dev server starts like any service: no TEST_CLOCK outside the test profile. The
  // build does not read the clock (the browser has its own), so it is not checked.
  if (command === "serve") refuseTestClockOutsideTestProfile("web");
  return config;
});

/** The citizens' PAKN page must load under this much JavaScript (gzip): it is opened on phones, on mobile data. */
const PUBLIC_PAGE_BUDGET_KB = 200;

/**
 * Prints what the public PAKN page loads — the entry and the public chunk with their static imports,
 * gzipped — and fails the build over the budget. The signed-in app (Ant Design, one chunk per section)
 * is never part of it.
 */
function publicPageBudget(): Plugin {
  return {
    name: "public-page-budget",
    apply: "build",
    generateBundle(_options, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((c) => (c.type === "chunk" ? [[c.fileName, c] as const] : [])));
      const entry = [...chunks.values()].find((c) => c.isEntry);
      const publicChunk = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith("/src/public/PublicApp.tsx"));
      if (!entry || !publicChunk) return this.error("public-page-budget: the entry or the PublicApp chunk is missing");
      const loaded = new Set<string>();
      const visit = (name: string) => {
        if (loaded.has(name)) return;
        loaded.add(name);
        for (const imported of chunks.get(name)?.imports ?? []) visit(imported);
      };
      visit(entry.fileName);
      visit(publicChunk.fileName);
      const bytes = [...loaded].reduce((sum, name) => sum + gzipSync(chunks.get(name)?.code ?? "").length, 0);
      const kb = bytes / 1024;
      console.log(
        `[budget] public PAKN page: ${kb.toFixed(1)} KB of JavaScript (gzip) in ${loaded.size} files; budget ${PUBLIC_PAGE_BUDGET_KB} KB`,
      );
      if (kb > PUBLIC_PAGE_BUDGET_KB)
        this.error(`the public PAKN page loads ${kb.toFixed(1)} KB of JavaScript (gzip), over its ${PUBLIC_PAGE_BUDGET_KB} KB budget`);
    },
  };
}

const config = {
  plugins: [react(), publicPageBudget()],
  build: { outDir: "dist" },
  server: { proxy: gateway },
};
