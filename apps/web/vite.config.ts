import { refuseTestClockOutsideTestProfile } from "@tthc/clock";
import react from "@vitejs/plugin-react";
import { defineConfig, type ProxyOptions } from "vite";

// vite.config.ts imports a workspace package written in TypeScript (@tthc/clock), so every vite
// command runs with `--configLoader runner`, which loads the config through Vite itself.

// The app calls the gateway at the same-origin path /graphql: no CORS, and one origin for the tokens.
const gateway: Record<string, ProxyOptions> = {
  // xfwd: the gateway rate-limits per client, so it must learn the browser's address, not ours.
  "/graphql": { target: process.env.GATEWAY_URL ?? "http://127.0.0.1:4000", xfwd: true },
  "/files": { target: process.env.GATEWAY_URL ?? "http://127.0.0.1:4000", xfwd: true },
};

export default defineConfig(({ command }) => {
  // The server (dev or preview) starts like any service: no TEST_CLOCK outside the test profile. The
  // build does not read the clock (the browser has its own), so it is not checked.
  if (command === "serve") refuseTestClockOutsideTestProfile("web");
  return config;
});

const config = {
  plugins: [react()],
  build: { outDir: "dist" },
  server: { proxy: gateway },
  // The app is always served built (`vite build` then `vite preview`); PORT comes from the stack config.
  preview: { proxy: gateway, host: "127.0.0.1", port: Number(process.env.PORT ?? 4080), strictPort: true },
};
