import { PrismaPg } from "@prisma/adapter-pg";
import { unitReplicaMigrations } from "@tthc/unit-replica";
import { fileURLToPath } from "node:url";
import { PrismaClient, type Prisma } from "./generated/client.ts";

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

export function createDb(databaseUrl: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}

export const migrations = [
  unitReplicaMigrations,
  { source: "reporting", dir: fileURLToPath(new URL("../../prisma/migrations", import.meta.url)) },
];
