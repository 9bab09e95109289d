import gql from "graphql-tag";
import { describe, expect, it } from "vitest";
import { ACTOR_HEADER, actorSigningKey, generateActorKeys, signActor } from "../src/actor.ts";
import { createService } from "../src/service.ts";
import { runService } from "../src/run.ts";

describe("runService", () => {
  it("listens on loopback and shuts down once, in order", async () => {
    const order: string[] = [];
    const keys = generateActorKeys();
    const app = createService({
      name: "kit-run",
      env: { ACTOR_PUBLIC_KEY: keys.publicKey, LOG_LEVEL: "silent" },
      typeDefs: gql`
        type Query {
          ping: String
        }
      `,
      resolvers: { Query: { ping: () => "pong" } },
      onClose: [async () => void order.push("database")],
    });
    const running = await runService({
      app,
      port: 0,
      handleSignals: false,
      shutdown: [
        { name: "consumers", stop: async () => void order.push("consumers") },
        { name: "relay", stop: async () => void order.push("relay") },
      ],
    });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const body = JSON.stringify({ query: "{ ping }" });
    const actor = await signActor({ kind: "anonymous" }, actorSigningKey(keys.privateKey), { audience: "kit-run", body });
    const res = await fetch(`${running.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", [ACTOR_HEADER]: actor },
      body,
    });
    expect(await res.json()).toEqual({ data: { ping: "pong" } });

    await Promise.all([running.shutdown("test"), running.shutdown("again")]);
    await running.shutdown("later");
    expect(order).toEqual(["consumers", "relay", "database"]);
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
  });
});
