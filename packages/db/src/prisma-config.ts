import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

/**
 * The Prisma CLI config every service uses (its `prisma.config.ts` re-exports this).
 * `engine: "js"` + a driver adapter is the only path that works offline here: Prisma's native
 * engines cannot be downloaded, and the WASM query compiler ships inside the npm packages.
 */
export function servicePrismaConfig(): ReturnType<typeof defineConfig> {
  // The CLI insists on a reachable datasource even when it only generates the client or diffs
  // datamodels; without a service's own URL, the server's maintenance database will do.
  process.env.DATABASE_URL ??= process.env.POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const connectionString = process.env.DATABASE_URL;
  return defineConfig({
    schema: "prisma/schema.prisma",
    experimental: { adapter: true },
    engine: "js",
    adapter: async () => new PrismaPg({ connectionString }),
  });
}
