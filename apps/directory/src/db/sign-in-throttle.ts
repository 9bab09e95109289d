/**
 * The sign-in throttle's counters (domain/sign-in-throttle.ts decides). A claim locks the three rows,
 * decides and marks the attempt in flight in one transaction; each outcome is one UPDATE. So parallel
 * attempts of one client are serialised on its rows: the first is verified, the others see it in
 * flight (or its failure) and are refused. Every statement takes its row locks in key order, so two
 * attempts sharing rows never deadlock.
 */
import type { Prisma } from "./generated/client.ts";
import type { Db } from "./client.ts";
import { decideAttempt, type SignInThrottlePolicy, type ThrottleCounter, type ThrottleDecision } from "../domain/sign-in-throttle.ts";

export interface ThrottleKeys {
  client: string;
  account: string;
  pair: string;
}

interface Row extends ThrottleCounter {
  key: string;
}

const EMPTY: ThrottleCounter = { failures: 0, lastFailureAt: null, pendingUntil: null, lastSuccessAt: null };

// Keys are hex digests: byte order, as COLLATE "C" sorts them too.
const inKeyOrder = (keys: string[]) => [...keys].sort();

/** Lock the attempt's counters, decide, and when allowed hold the client's turn while it is verified. */
export async function claimAttempt(db: Db, keys: ThrottleKeys, policy: SignInThrottlePolicy, now: Date): Promise<ThrottleDecision> {
  const all = inKeyOrder([keys.client, keys.account, keys.pair]);
  return db.$transaction(
    async (tx) => {
      // DO UPDATE (not DO NOTHING) locks an existing row in this statement, so the prune job cannot
      // delete it between here and the SELECT below.
      await tx.$executeRaw`
        INSERT INTO "SignInThrottle" ("key") SELECT k FROM unnest(${all}::text[]) WITH ORDINALITY AS u(k, i) ORDER BY i
        ON CONFLICT ("key") DO UPDATE SET "key" = EXCLUDED."key"`;
      const rows = await tx.$queryRaw<Row[]>`
        SELECT "key", "failures", "lastFailureAt", "pendingUntil", "lastSuccessAt" FROM "SignInThrottle"
        WHERE "key" = ANY(${all}::text[]) ORDER BY "key" COLLATE "C" FOR UPDATE`;
      const row = (key: string) => rows.find((r) => r.key === key) ?? EMPTY;
      const decision = decideAttempt({ client: row(keys.client), account: row(keys.account), pair: row(keys.pair) }, policy, now);
      if (decision.allowed) {
        const held = decision.holdsClient ? [keys.pair, keys.client] : [keys.pair];
        const until = new Date(now.getTime() + policy.pendingMs);
        await tx.$executeRaw`UPDATE "SignInThrottle" SET "pendingUntil" = ${until} WHERE "key" = ANY(${held}::text[])`;
      }
      return decision;
    },
    // Parallel attempts of one client queue on its rows; under load that can take a moment.
    { maxWait: 10_000, timeout: 10_000 },
  );
}

/** A wrong password: every counter of the attempt counts it (a forgotten count starts again at 1); its turn ends. */
export async function recordFailure(db: Db, keys: ThrottleKeys, policy: SignInThrottlePolicy, now: Date): Promise<void> {
  const forgetBefore = new Date(now.getTime() - policy.forgetMs);
  await db.$executeRaw`
    UPDATE "SignInThrottle" t
    SET "failures" = CASE WHEN t."lastFailureAt" > ${forgetBefore} THEN t."failures" + 1 ELSE 1 END,
        "lastFailureAt" = ${now},
        "pendingUntil" = CASE WHEN t."key" = ${keys.account} THEN t."pendingUntil" ELSE NULL END
    FROM (SELECT "key" FROM "SignInThrottle" WHERE "key" = ANY(${inKeyOrder([keys.client, keys.account, keys.pair])}::text[])
          ORDER BY "key" COLLATE "C" FOR UPDATE) locked
    WHERE t."key" = locked."key"`;
}

/**
 * The right password: the pair starts afresh and remembers the sign-in; the client's count stays
 * (signing in to one's own account between guesses must not reset a sprayer's delay), only its
 * turn ends if this attempt held it.
 */
export async function recordSuccess(db: Db | Prisma.TransactionClient, keys: ThrottleKeys, heldClient: boolean, now: Date): Promise<void> {
  const touched = inKeyOrder(heldClient ? [keys.pair, keys.client] : [keys.pair]);
  await db.$executeRaw`
    UPDATE "SignInThrottle" t
    SET "failures" = CASE WHEN t."key" = ${keys.pair} THEN 0 ELSE t."failures" END,
        "lastFailureAt" = CASE WHEN t."key" = ${keys.pair} THEN NULL ELSE t."lastFailureAt" END,
        "lastSuccessAt" = CASE WHEN t."key" = ${keys.pair} THEN ${now} ELSE t."lastSuccessAt" END,
        "pendingUntil" = NULL
    FROM (SELECT "key" FROM "SignInThrottle" WHERE "key" = ANY(${touched}::text[]) ORDER BY "key" COLLATE "C" FOR UPDATE) locked
    WHERE t."key" = locked."key"`;
}

/**
 * Delete counters that no longer change any decision: failures forgotten, no attempt in flight, and
 * no sign-in to remember (or one older than `rememberSignInMs`). Every wrong username adds rows, so
 * without this the table grows with every guess. In batches, each its own statement, until done or
 * `signal` asks to stop; a row a claim has locked is skipped and left for the next run.
 */
export async function pruneThrottleCounters(
  db: Db,
  policy: SignInThrottlePolicy,
  rememberSignInMs: number,
  now: Date,
  signal?: AbortSignal,
  batch = 5_000,
): Promise<number> {
  const forgottenBefore = new Date(now.getTime() - policy.forgetMs);
  const signInBefore = new Date(now.getTime() - rememberSignInMs);
  let total = 0;
  for (;;) {
    const deleted = await db.$executeRaw`
      DELETE FROM "SignInThrottle" WHERE "key" IN (
        SELECT "key" FROM "SignInThrottle"
        WHERE ("lastFailureAt" IS NULL OR "lastFailureAt" < ${forgottenBefore})
          AND ("pendingUntil" IS NULL OR "pendingUntil" < ${now})
          AND ("lastSuccessAt" IS NULL OR "lastSuccessAt" < ${signInBefore})
        LIMIT ${batch} FOR UPDATE SKIP LOCKED)`;
    total += deleted;
    if (deleted < batch || signal?.aborted) return total;
  }
}
