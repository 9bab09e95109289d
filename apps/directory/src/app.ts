import { createService, databaseReadiness, kafkaReadiness, readSchema, type BaseContext, type FastifyInstance } from "@tthc/service-kit";
import { parse } from "graphql";
import type { AuthConfig } from "./use-cases/sessions.ts";
import type { Db } from "./db/client.ts";
import type { DirectoryEnv } from "./env.ts";
import type { DirectoryContext } from "./graphql/context.ts";
import { directoryLoaders } from "./graphql/loaders.ts";
import { resolvers } from "./graphql/resolvers.ts";
import { registerInternalRoutes } from "./internal/routes.ts";

export const typeDefs = parse(readSchema(new URL("./graphql/schema/", import.meta.url)));

export function authConfig(env: DirectoryEnv): AuthConfig {
  return {
    jwtSecret: env.JWT_SECRET,
    accessTokenTtlMinutes: env.ACCESS_TOKEN_TTL_MINUTES,
    sessionTtlHours: env.SESSION_TTL_HOURS,
    throttle: {
      firstDelayMs: env.LOGIN_DELAY_FIRST_SECONDS * 1000,
      maxDelayMs: env.LOGIN_DELAY_MAX_SECONDS * 1000,
      forgetMs: env.LOGIN_FORGET_HOURS * 3_600_000,
      // Far longer than a password check takes; only matters if the process dies mid-attempt.
      pendingMs: 10_000,
    },
    rememberSignInMs: env.LOGIN_REMEMBER_SIGN_IN_DAYS * 24 * 3_600_000,
  };
}

/** The directory's HTTP app: the subgraph, the gateway's internal endpoints, health. */
export function buildApp(env: DirectoryEnv, db: Db, auth: AuthConfig = authConfig(env)): FastifyInstance {
  const app = createService<DirectoryContext>({
    name: "directory",
    env,
    typeDefs,
    resolvers,
    buildContext: (base: BaseContext) => ({ ...base, db, auth, loaders: directoryLoaders(db) }),
    readiness: [databaseReadiness(db), kafkaReadiness(env.KAFKA_BROKERS)],
  });
  registerInternalRoutes(app, { db, auth });
  return app;
}
