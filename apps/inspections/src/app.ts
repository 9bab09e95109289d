import { createService, databaseReadiness, kafkaReadiness, readSchema, type BaseServiceEnv, type FastifyInstance } from "@tthc/service-kit";
import { parse } from "graphql";
import type { Db } from "./db/client.ts";
import { resolvers, type Context } from "./graphql/resolvers.ts";

export const typeDefs = parse(readSchema(new URL("./graphql/schema/", import.meta.url)));

export function buildApp(env: BaseServiceEnv, db: Db): FastifyInstance {
  return createService<Context>({
    name: "inspections",
    env,
    typeDefs,
    resolvers,
    buildContext: (base) => ({ ...base, db }),
    readiness: [databaseReadiness(db), kafkaReadiness(env.KAFKA_BROKERS)],
  });
}
