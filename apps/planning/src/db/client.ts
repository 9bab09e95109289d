import { prismaClientOptions } from "@tthc/db";
import { filesMigrations } from "@tthc/files";
import { unitReplicaMigrations } from "@tthc/unit-replica";
import { fileURLToPath } from "node:url";
import { PrismaClient } from "./generated/client.ts";

export type Db = PrismaClient;

export function createDb(databaseUrl: string): Db {
  return new PrismaClient(prismaClientOptions(databaseUrl));
}

export const migrations = [
  unitReplicaMigrations,
  filesMigrations,
  { source: "planning", dir: fileURLToPath(new URL("../../prisma/migrations", import.meta.url)) },
];
