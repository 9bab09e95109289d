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
import { toLocalDate } from "@tthc/calendar";
import { parse } from "graphql";
import type { Db } from "./db/client.ts";
import { resolvers, type Context } from "./graphql/resolvers.ts";
import { requestLoaders } from "./graphql/request-loaders.ts";

export const typeDefs = parse(readSchema(new URL("./graphql/schema/", import.meta.url)));

export interface AppOptions {
  /** The clock due days and lateness are computed with (tests fix it). */
  now?: Clock;
}

export function buildApp(env: BaseServiceEnv, db: Db, options: AppOptions = {}): FastifyInstance {
  const now = options.now ?? clock;
  return createService<Context>({
    name: "inspections",
    env,
    typeDefs,
    resolvers,
    // One instant per request: "today" and the changes' stamps agree.
    buildContext: (base) => {
      const at = now();
      return { ...base, db, now: at, today: toLocalDate(at), load: requestLoaders(db) };
    },
    readiness: [databaseReadiness(db), kafkaReadiness(env.KAFKA_BROKERS)],
  });
}
