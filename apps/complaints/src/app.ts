import { createService, databaseReadiness, kafkaReadiness, type BaseServiceEnv, type FastifyInstance } from "@tthc/service-kit";
import { parse } from "graphql";
import { readFileSync } from "node:fs";
import type { Db } from "./db/client.ts";
import { resolvers, type Context } from "./graphql/resolvers.ts";

export const typeDefs = parse(readFileSync(new URL("./graphql/schema.graphql", import.meta.url), "utf8"));

export function buildApp(env: BaseServiceEnv, db: Db): FastifyInstance {
  return createService<Context>({
    name: "complaints",
    env,
    typeDefs,
    resolvers,
    buildContext: (base) => ({ ...base, db }),
    readiness: [databaseReadiness(db), kafkaReadiness(env.KAFKA_BROKERS)],
  });
}
