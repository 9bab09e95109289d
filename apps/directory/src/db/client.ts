import { messagingMigrations } from "@tthc/messaging";
import { ensureDatabase, migrate, prismaClientOptions } from "@tthc/db";
import { fileURLToPath } from "node:url";
import { PrismaClient, type Prisma } from "./generated/client.ts";

export type Db = PrismaClient;
/** A Prisma interactive transaction of the directory database. */
export type Tx = Prisma.TransactionClient;

export function createDb(databaseUrl: string): Db {
  return new PrismaClient(prismaClientOptions(databaseUrl));
}

/** The directory's own migrations (messaging's outbox tables are applied before them). */
export const directoryMigrations = [{ source: "directory", dir: fileURLToPath(new URL("../../prisma/migrations", import.meta.url)) }];

/** Create the database if needed and apply the messaging (outbox) and directory migrations. */
export async function prepareDatabase(databaseUrl: string): Promise<void> {
  await ensureDatabase(databaseUrl);
  await migrate(databaseUrl, [messagingMigrations, ...directoryMigrations]);
}
