import react from "@vitejs/plugin-react";
import { defineConfig, type ProxyOptions } from "vite";

// The app calls the gateway at the same-origin path /graphql: no CORS, and one origin for the tokens.
const gateway: Record<string, ProxyOptions> = {
  // xfwd: the gateway rate-limits per client, so it must learn the browser's address, not ours.
  "/graphql": { target: process.env.GATEWAY_URL ?? "http://127.0.0.1:4000", xfwd: true },
  "/files": { target: process.env.GATEWAY_URL ?? "http://127.0.0.1:4000", xfwd: true },
};

export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist" },
  server: { proxy: gateway },
  // The app is always served built (`vite build` then `vite preview`); PORT comes from the stack config.
  preview: { proxy: gateway, host: "127.0.0.1", port: Number(process.env.PORT ?? 4080), strictPort: true },
});
