import {
  clock,
  createService,
  databaseReadiness,
  kafkaReadiness,
  readSchema,
  type BaseServiceEnv,
  type Clock,
  type FastifyInstance,
} from "@tthc/service-kit";
import { parse } from "graphql";
import type { Db } from "./db/client.ts";
import { resolvers, workToMoveLoader, type Context } from "./graphql/resolvers.ts";

export const typeDefs = parse(readSchema(new URL("./graphql/schema/", import.meta.url)));

export interface AppOptions {
  /** The clock; the process clock (TEST_CLOCK in the test stack) unless a test brings its own. */
  now?: Clock;
}

export function buildApp(env: BaseServiceEnv, db: Db, options: AppOptions = {}): FastifyInstance {
  const now = options.now ?? clock;
  return createService<Context>({
    name: "reporting",
    env,
    typeDefs,
    resolvers,
    buildContext: (base) => ({ ...base, db, now, workToMove: workToMoveLoader(db) }),
    readiness: [databaseReadiness(db), kafkaReadiness(env.KAFKA_BROKERS)],
  });
}
