import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

/**
 * The Prisma CLI config every service uses (its `prisma.config.ts` re-exports this).
 * `engine: "js"` + a driver adapter is the only path that works offline here: Prisma's native
 * engines cannot be downloaded, and the WASM query compiler ships inside the npm packages.
 */
export function servicePrismaConfig(): ReturnType<typeof defineConfig> {
  // The CLI insists on a datasource URL even when it only generates the client or diffs datamodels.
  process.env.DATABASE_URL ??= "postgresql://localhost/unused";
  const connectionString = process.env.DATABASE_URL;
  return defineConfig({
    schema: "prisma/schema.prisma",
    experimental: { adapter: true },
    engine: "js",
    adapter: async () => new PrismaPg({ connectionString }),
  });
}
