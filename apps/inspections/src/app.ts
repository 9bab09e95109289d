import { DOCX, JPEG, PDF, PNG, localFileStore, registerFileRoutes, type FileStore } from "@tthc/files";
import { clock, createService, databaseReadiness, kafkaReadiness, readSchema, type Clock, type FastifyInstance } from "@tthc/service-kit";
import { toLocalDate } from "@tthc/calendar";
import { parse } from "graphql";
import type { Db } from "./db/client.ts";
import type { InspectionsEnv } from "./env.ts";
import { fieldPolicies } from "./graphql/field-policy.ts";
import { resolvers, type Context } from "./graphql/resolvers.ts";
import { requestLoaders } from "./graphql/request-loaders.ts";
import type { DocumentDeps } from "./use-cases/documents.ts";
import { canDownloadFile } from "./use-cases/evidence.ts";

export const typeDefs = parse(readSchema(new URL("./graphql/schema/", import.meta.url)));

export interface AppOptions {
  /** The clock due days and lateness are computed with (tests fix it). */
  now?: Clock;
  files?: FileStore;
}

/** Where generated documents go and who issues them (the app's and the demo seed's). */
export function documentDeps(env: InspectionsEnv, files: FileStore): DocumentDeps {
  return {
    files,
    settings: {
      issuer: env.INSPECTIONS_DOCUMENT_ISSUER,
      parentIssuer: env.INSPECTIONS_DOCUMENT_PARENT_ISSUER || null,
      place: env.INSPECTIONS_DOCUMENT_PLACE,
    },
  };
}

export function buildApp(env: InspectionsEnv, db: Db, options: AppOptions = {}): FastifyInstance {
  const now = options.now ?? clock;
  const files = options.files ?? localFileStore(env.INSPECTIONS_FILES_DIR);
  const documents = documentDeps(env, files);
  const app = createService<Context>({
    name: "inspections",
    env,
    typeDefs,
    resolvers,
    fieldPolicies,
    // One instant per request: "today" and the changes' stamps agree.
    buildContext: (base) => {
      const at = now();
      return { ...base, db, documents, now: at, today: toLocalDate(at), load: requestLoaders(db, base.actor) };
    },
    readiness: [databaseReadiness(db), kafkaReadiness(env.KAFKA_BROKERS)],
  });
  // Evidence of answers, findings and recommendation answers: staff uploads, typed by content (@tthc/files).
  registerFileRoutes(app, {
    store: files,
    db,
    policy: { maxBytes: env.INSPECTIONS_UPLOAD_MAX_BYTES, allowed: [PDF, JPEG, PNG, DOCX] },
    canUpload: (actor) => actor.kind === "user",
    canDownload: (actor, file) => canDownloadFile(db, actor, file),
    now,
  });
  return app;
}
