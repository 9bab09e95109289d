/**
 * Faults injected into the replicated stack (two replicas of the gateway and of every service behind
 * haproxy), with commands going through the gateway the whole time. Each case ends with the counts:
 * every accepted command stored once in complaints, projected by reporting and counted once in its
 * figures (nothing lost, nothing applied twice). The counts are printed at the end.
 *
 * Run by the test command after the drill: STACK_REPLICAS=2 npx tsx infra/stack/up.ts test, then this.
 */
import { randomUUID } from "node:crypto";
import { Kafka, logLevel } from "kafkajs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDeadLetters } from "@tthc/messaging";
import { waitFor } from "@tthc/test-kit";
import {
  broker,
  burst,
  databaseName,
  expectAllApplied,
  gql,
  intake,
  killReplica,
  login,
  refuseConnections,
  relayHolder,
  restartReplica,
  stack,
  steady,
  storedWithLabel,
  type Outcome,
} from "./replicated-stack.ts";

const COMPLAINT_TOPIC = "complaints.complaint.v1";
// Labels and the poison's key are this run's own: a stack started again on the same databases and topics
// (a developer rerunning the suite) still holds the previous runs' PAKN and dead letters.
const RUN = randomUUID().slice(0, 8);
let token: string;
const summary: string[] = [];

function note(scenario: string, outcome: Outcome, extra = ""): void {
  summary.push(
    `${scenario.padEnd(44)} accepted ${String(outcome.accepted.length).padStart(3)}  refused ${String(outcome.failed.length).padStart(3)}  ${extra}`,
  );
}

beforeAll(async () => {
  token = await login("admin", "Admin@2024");
});

afterAll(() => {
  console.log(`\n[faults] nothing lost, nothing applied twice:\n  ${summary.join("\n  ")}\n`);
});

describe("two replicas of everything, faults injected under traffic", () => {
  it("kill -9 of a complaints replica and of a gateway replica in the middle of a burst: the survivors take the traffic", async () => {
    const label = `kill -9 ${RUN}`;
    let outcome: Outcome;
    try {
      outcome = await burst(token, label, 80, {
        concurrency: 4,
        at: { 20: async () => killReplica("complaints-1"), 45: async () => killReplica("gateway-1") },
      });
    } finally {
      // Whatever happened, the next case starts with both replicas of everything.
      await Promise.all([restartReplica("complaints", 1), restartReplica("gateway", 1)]);
    }
    console.log(`[faults] kill -9: ${outcome.failed.length} refused:\n  ${outcome.failed.join("\n  ")}`);
    // Only commands in flight on a killed replica can fail (4 at a time, two kills); the rest, and every
    // command once haproxy's checks have seen the kills, go through the survivors.
    expect(outcome.failed.length).toBeLessThanOrEqual(8);
    expect(outcome.order.slice(-20)).toEqual(Array(20).fill(true));

    const applied = await expectAllApplied(outcome.accepted);
    expect(applied).toEqual({ stored: outcome.accepted.length, projected: outcome.accepted.length, counted: outcome.accepted.length });
    // A command cut off by a kill may or may not have been applied, but never twice.
    const stored = await storedWithLabel(label);
    expect(stored).toBeGreaterThanOrEqual(outcome.accepted.length);
    expect(stored).toBeLessThanOrEqual(outcome.accepted.length + outcome.failed.length);
    note("kill -9 complaints-1 at 20, gateway-1 at 45", outcome, `stored ${stored}, projected and counted once ${applied.counted}`);
  });

  it("the broker stopped for 30 s while commands keep coming: all accepted, all delivered once it is back", async () => {
    broker("stop");
    let outcome: Outcome;
    try {
      outcome = await steady(token, "broker stopped", 30_000);
    } finally {
      broker("start");
    }
    // The services stay ready without the broker (kafka is an advisory readiness check): the outbox keeps the events.
    expect(outcome.failed).toEqual([]);
    expect(outcome.accepted.length).toBeGreaterThan(10);
    const started = performance.now();
    const applied = await expectAllApplied(outcome.accepted, 180_000);
    expect(applied.counted).toBe(outcome.accepted.length);
    note("broker stopped 30 s", outcome, `all projected ${Math.round((performance.now() - started) / 1000)} s after its restart`);
  });

  it("complaints' database refusing connections for 20 s: its commands are refused, other services answer, then all recover", async () => {
    const database = databaseName(stack.databaseUrls.complaints);
    await refuseConnections(database, true);
    let during: Outcome;
    let otherService: unknown;
    try {
      [during, otherService] = await Promise.all([
        steady(token, "database refusing", 20_000, 500),
        gql<{ me: { username: string } }>(`{ me { username } }`, {}, token),
      ]);
    } finally {
      await refuseConnections(database, false);
    }
    expect(otherService).toMatchObject({ data: { me: { username: "admin" } } });
    expect(during.failed.length).toBeGreaterThan(0);
    // Back within a bound once the database takes connections again: pools and the relay reconnect by themselves.
    const started = performance.now();
    const first = await waitFor(async () => (await intake(token, "database back #first")).code, 60_000, 500);
    const recoveredIn = Math.round(performance.now() - started);
    const after = await burst(token, "database back", 20);
    expect(after.failed).toEqual([]);

    const accepted = [...during.accepted, first, ...after.accepted];
    const applied = await expectAllApplied(accepted);
    expect(applied.counted).toBe(accepted.length);
    note("complaints database refusing 20 s", during, `then ${after.accepted.length + 1} accepted, first after ${recoveredIn} ms`);
  });

  it("the replica holding the outbox relay killed: the other takes over within a bound", async () => {
    const holder = await waitFor(() => relayHolder(stack.databaseUrls.complaints), 30_000, 500);
    const replica = Number(holder.slice(-1));
    killReplica(holder);
    const killed = performance.now();
    try {
      const outcome = await steady(token, "relay killed", 3_000, 300);
      expect(outcome.accepted.length).toBeGreaterThan(0);
      // The kill closes the holder's socket, so PostgreSQL drops its session and its lock at once; the
      // standby takes the lock on its next poll and publishes what waits.
      const applied = await expectAllApplied(outcome.accepted, 60_000);
      const takeover = Math.round(performance.now() - killed);
      const newHolder = await relayHolder(stack.databaseUrls.complaints);
      console.log(`[faults] relay takeover: ${holder} killed, ${newHolder} published everything within ${takeover} ms`);
      expect(newHolder).toBe(`complaints-${replica === 1 ? 2 : 1}`);
      expect(applied.counted).toBe(outcome.accepted.length);
      expect(takeover).toBeLessThan(60_000);
      note(`relay holder ${holder} killed`, outcome, `${newHolder} took over, all projected within ${takeover} ms`);
    } finally {
      await restartReplica("complaints", replica);
    }
  });

  it("a poison event on every partition goes to the dead-letter topic once per consumer group, and what follows still flows", async () => {
    const kafka = new Kafka({ clientId: "tests-faults", brokers: [stack.kafkaBrokers], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    const producer = kafka.producer();
    await Promise.all([admin.connect(), producer.connect()]);
    const marker = `poison-${RUN}`;
    try {
      const [meta] = (await admin.fetchTopicMetadata({ topics: [COMPLAINT_TOPIC] })).topics;
      const partitions = meta!.partitions.map((p) => p.partitionId);
      await producer.send({
        topic: COMPLAINT_TOPIC,
        messages: partitions.map((partition) => ({ partition, key: marker, value: "{ this is not an event" })),
      });
      // Every partition now has the poison ahead of whatever comes next.
      const outcome = await burst(token, "after poison", 12);
      expect(outcome.failed).toEqual([]);
      const applied = await expectAllApplied(outcome.accepted);
      expect(applied.counted).toBe(outcome.accepted.length);

      const letters = (await readDeadLetters([stack.kafkaBrokers], `${COMPLAINT_TOPIC}.dlq`)).filter((l) => l.key === marker);
      const perGroup = new Map<string, number>();
      for (const l of letters) perGroup.set(l.headers["x-dlq-group"] ?? "?", (perGroup.get(l.headers["x-dlq-group"] ?? "?") ?? 0) + 1);
      expect([...perGroup.keys()].some((group) => group.startsWith("reporting"))).toBe(true);
      for (const [group, n] of perGroup) expect({ group, n }).toEqual({ group, n: partitions.length });
      note("poison event on each partition", outcome, `dead-lettered once per partition by ${[...perGroup.keys()].join(", ")}`);
    } finally {
      await Promise.all([admin.disconnect(), producer.disconnect()]);
    }
  });
});
