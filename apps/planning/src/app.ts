import { DOCX, JPEG, PDF, PNG, localFileStore, registerFileRoutes, type FileStore } from "@tthc/files";
import { clock, createService, databaseReadiness, kafkaReadiness, readSchema, type Clock, type FastifyInstance } from "@tthc/service-kit";
import { parse } from "graphql";
import type { Db } from "./db/client.ts";
import type { PlanningEnv } from "./env.ts";
import { resolvers, type Context } from "./graphql/resolvers.ts";
import { requestLoaders } from "./graphql/request-loaders.ts";
import { today } from "./use-cases/clock.ts";
import { canDownloadFile } from "./use-cases/file-access.ts";

export const typeDefs = parse(readSchema(new URL("./graphql/schema/", import.meta.url)));

export interface AppOptions {
  /** The clock overdue and due-soon are computed with (tests move it). */
  now?: Clock;
  files?: FileStore;
}

export function buildApp(env: PlanningEnv, db: Db, options: AppOptions = {}): FastifyInstance {
  const files = options.files ?? localFileStore(env.PLANNING_FILES_DIR);
  const now = options.now ?? clock;
  const app = createService<Context>({
    name: "planning",
    env,
    typeDefs,
    resolvers,
    // One instant per request: "today" and the changes' stamps agree.
    buildContext: (base) => {
      const at = now();
      const load = requestLoaders(db, base.actor, today(at));
      return { ...base, db, files, now: at, today: today(at), unitName: load.unitName, load };
    },
    readiness: [databaseReadiness(db), kafkaReadiness(env.KAFKA_BROKERS)],
  });
  registerFileRoutes(app, {
    store: files,
    db,
    policy: { maxBytes: env.PLANNING_UPLOAD_MAX_BYTES, allowed: [DOCX, PDF, JPEG, PNG] },
    canUpload: (actor) => actor.kind === "user",
    canDownload: (actor, file) => canDownloadFile(db, actor, file),
  });
  return app;
}
