import { PrismaPg } from "@prisma/adapter-pg";

/**
 * How every service builds its Prisma client: through the pg driver adapter (the WASM engine path),
 * with interactive-transaction limits wider than Prisma's defaults (2 s to start, 5 s to finish).
 * Those defaults refused ordinary requests on a loaded 2-core machine: a request whose transaction
 * waited its turn for a connection or a CPU failed with "Transaction already closed" although nothing
 * was wrong with it, and the user saw an error for a change that would have succeeded a moment later.
 * The limits still end a transaction that hangs, so a stuck request cannot hold its locks forever.
 */
export function prismaClientOptions(connectionString: string) {
  return {
    adapter: new PrismaPg({ connectionString }),
    transactionOptions: { maxWait: 10_000, timeout: 30_000 },
  };
}
