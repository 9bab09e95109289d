import { DOCX, JPEG, PDF, PNG, localFileStore, registerFileRoutes, type FileStore, type StoredFile } from "@tthc/files";
import { actorKey, clock, createService, databaseReadiness, kafkaReadiness, readSchema, type Actor, type Clock, type FastifyInstance } from "@tthc/service-kit";
import { parse } from "graphql";
import type { Db } from "./db/client.ts";
import type { PlanningEnv } from "./env.ts";
import { resolvers, type Context } from "./graphql/resolvers.ts";
import { unitNameLoader } from "./graphql/unit-name-loader.ts";
import { seesAllUnits } from "./domain/index.ts";
import { today } from "./use-cases/clock.ts";

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
      return { ...base, db, files, now: at, today: today(at), unitName: unitNameLoader(db) };
    },
    readiness: [databaseReadiness(db), kafkaReadiness(env.KAFKA_BROKERS)],
  });
  registerFileRoutes(app, {
    store: files,
    db,
    policy: { maxBytes: env.PLANNING_UPLOAD_MAX_BYTES, allowed: [DOCX, PDF, JPEG, PNG] },
    canUpload: (actor) => actor.kind === "user",
    canDownload: (actor, file) => canDownload(db, actor, file),
  });
  return app;
}

/** Evidence is readable by whoever may read the report it is attached to, and by its uploader. */
async function canDownload(db: Db, actor: Actor, file: StoredFile): Promise<boolean> {
  if (actor.kind !== "user") return false;
  if (seesAllUnits(actor) || file.uploadedBy === actorKey(actor)) return true;
  if (!actor.unitId) return false;
  const reports = await db.progressReport.findMany({ where: { fileIds: { has: file.id } }, include: { occurrence: { include: { task: { include: { units: true } } } } } });
  return reports.some(
    (r) => r.occurrence.unitId === actor.unitId || r.occurrence.task.units.some((u) => u.role === "coordinating" && u.unitId === actor.unitId),
  );
}
