/**
 * Public PAKN submissions per second through the gateway vs directly to the complaints subgraph,
 * measured in the same run (see README.md).
 *
 *   npx tsx bench/complaints-submit.ts            (BENCH_SUBMISSIONS=400, BENCH_CONCURRENCY=8)
 *
 * Starts its own complaints service (database tthc_test_bench_complaints) and gateway on ephemeral
 * ports. The proof of work is solved before the clock starts (difficulty 8), so what is timed is the
 * server side: validation, the challenge check and the one transaction that stores the PAKN, its
 * audit entry and its `received` event.
 */
import { performance } from "node:perf_hooks";
import { migrate } from "@tthc/db";
import { messagingMigrations } from "@tthc/messaging";
import { ACTOR_HEADER, actorSigner, actorSigningKey, generateActorKeys, parseEnv } from "@tthc/service-kit";
import { kafkaBrokers, recreateDatabase, testDatabaseUrl } from "@tthc/test-kit";
import { buildApp } from "../apps/complaints/src/app.ts";
import { createDb, migrations } from "../apps/complaints/src/db/client.ts";
import { solveProofOfWork } from "../apps/complaints/src/security/proof-of-work.ts";
import { envSchema } from "../apps/complaints/src/env.ts";
import { createGateway } from "../apps/gateway/src/gateway.ts";
import { parseEnv as parseGatewayEnv } from "../apps/gateway/src/env.ts";

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ACTOR_KEYS = generateActorKeys();
const DIFFICULTY = 8;

const INPUT = {
  senderName: "Nguyễn Văn An",
  senderAddress: "Số 12 phố Điện Biên, phường Lê Lợi",
  senderPhone: "0912 345 678",
  regulation: "Thủ tục đăng ký khai sinh",
  content: "Đề nghị rút ngắn thời gian giải quyết thủ tục đăng ký khai sinh tại bộ phận một cửa.",
  consent: true,
};
const SUBMIT = `mutation ($i: SubmitComplaintInput!, $c: ChallengeSolution!) { submitComplaint(input: $i, challenge: $c) { trackingCode } }`;

type Post = (body: string) => Promise<Response>;

async function challenges(post: Post, count: number): Promise<Array<{ nonce: string; counter: string }>> {
  const out = [];
  for (let i = 0; i < count; i++) {
    const res = (await (await post(JSON.stringify({ query: `{ complaintChallenge { nonce difficulty } }` }))).json()) as {
      data: { complaintChallenge: { nonce: string; difficulty: number } };
    };
    const { nonce, difficulty } = res.data.complaintChallenge;
    out.push({ nonce, counter: solveProofOfWork(nonce, difficulty) });
  }
  return out;
}

async function measure(name: string, post: Post): Promise<{ name: string; perSecond: number; p50: number; p99: number }> {
  const solved = await challenges(post, SUBMISSIONS);
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < solved.length) {
        const challenge = solved[next++]!;
        const t0 = performance.now();
        const body = (await (await post(JSON.stringify({ query: SUBMIT, variables: { i: INPUT, c: challenge } }))).json()) as {
          errors?: unknown;
        };
        if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { name, perSecond: SUBMISSIONS / seconds, p50: at(0.5), p99: at(0.99) };
}

async function main() {
  const databaseUrl = testDatabaseUrl("bench_complaints");
  await recreateDatabase(databaseUrl);
  await migrate(databaseUrl, [messagingMigrations, ...migrations]);
  const env = parseEnv(envSchema, {
    PORT: "0",
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: kafkaBrokers().join(","),
    ACTOR_PUBLIC_KEY: ACTOR_KEYS.publicKey,
    COMPLAINTS_SECRET_PEPPER: "bench-complaints-pepper-0123456789",
    LOG_LEVEL: "silent",
    COMPLAINTS_POW_DIFFICULTY: String(DIFFICULTY),
    COMPLAINTS_SUBMIT_LIMIT: "1000000",
    COMPLAINTS_PUBLIC_LIMIT: "1000000",
  });
  const db = createDb(databaseUrl);
  const app = buildApp(env, db);
  const serviceUrl = await app.listen({ port: 0, host: "127.0.0.1" });
  const gatewayEnv = parseGatewayEnv({
    PORT: "0",
    JWT_SECRET: "bench-gateway-jwt-secret-0123456789",
    ACTOR_SIGNING_KEY: ACTOR_KEYS.privateKey,
    // Only the complaints subgraph is queried; the others are never reached.
    DIRECTORY_URL: "http://127.0.0.1:9",
    PLANNING_URL: "http://127.0.0.1:9",
    COMPLAINTS_URL: serviceUrl,
    INSPECTIONS_URL: "http://127.0.0.1:9",
    REPORTING_URL: "http://127.0.0.1:9",
    LOG_LEVEL: "silent",
    ANON_RATE_LIMIT_PER_MINUTE: "1000000",
  });
  if (!gatewayEnv.ok) throw new Error(gatewayEnv.problems.join("\n"));
  const gateway = createGateway(gatewayEnv.env);
  const { url: gatewayUrl } = await gateway.listen(0, "127.0.0.1");

  const signAnonymous = actorSigner(actorSigningKey(ACTOR_KEYS.privateKey), "complaints");
  const direct: Post = async (body) =>
    fetch(`${serviceUrl}/graphql`, {
      method: "POST",
      // As the gateway calls it: an actor signed for this body (so the signing cost is on both paths).
      headers: {
        "content-type": "application/json",
        [ACTOR_HEADER]: await signAnonymous({ kind: "anonymous" }, body),
        "x-forwarded-for": "198.51.100.1",
      },
      body,
    });
  const viaGateway: Post = (body) =>
    fetch(`${gatewayUrl}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });

  try {
    // A short warm-up of both paths (JIT, connection pools), then the measured runs.
    await measure("warm-up direct", direct).catch(() => undefined);
    const results = [await measure("direct to the complaints subgraph", direct), await measure("through the gateway", viaGateway)];
    console.log(`\n${SUBMISSIONS} public submissions, concurrency ${CONCURRENCY}\n`);
    for (const r of results)
      console.log(
        `${r.name.padEnd(36)} ${r.perSecond.toFixed(1).padStart(8)} /s   p50 ${r.p50.toFixed(1)} ms   p99 ${r.p99.toFixed(1)} ms`,
      );
    console.log(`\nratio gateway / direct: ${(results[1]!.perSecond / results[0]!.perSecond).toFixed(2)} (throughput)`);
  } finally {
    await gateway.close();
    await app.close();
    await db.$disconnect();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
