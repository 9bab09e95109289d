import { clock, createService, databaseReadiness, kafkaReadiness, readSchema, type Clock, type FastifyInstance } from "@tthc/service-kit";
import { DOCX, localFileStore, registerFileRoutes, type FileStore } from "@tthc/files";
import { parse } from "graphql";
import type { Db } from "./db/client.ts";
import type { ReportingEnv } from "./env.ts";
import { canDownloadCityReport, type CityReportDeps } from "./use-cases/city-report.ts";
import { resolvers, workToMoveLoader, type Context } from "./graphql/resolvers.ts";

export const typeDefs = parse(readSchema(new URL("./graphql/schema/", import.meta.url)));

export interface AppOptions {
  /** The clock; the process clock (TEST_CLOCK in the test stack) unless a test brings its own. */
  now?: Clock;
  files?: FileStore;
}

export function buildApp(env: ReportingEnv, db: Db, options: AppOptions = {}): FastifyInstance {
  const now = options.now ?? clock;
  const files = options.files ?? localFileStore(env.REPORTING_FILES_DIR);
  const cityReports: CityReportDeps = {
    files,
    settings: {
      issuer: env.REPORTING_DOCUMENT_ISSUER,
      parentIssuer: env.REPORTING_DOCUMENT_PARENT_ISSUER || null,
      place: env.REPORTING_DOCUMENT_PLACE,
      symbol: env.REPORTING_DOCUMENT_SYMBOL,
    },
  };
  const app = createService<Context>({
    name: "reporting",
    env,
    typeDefs,
    resolvers,
    buildContext: (base) => ({ ...base, db, now, cityReports, workToMove: workToMoveLoader(db) }),
    readiness: [databaseReadiness(db), kafkaReadiness(env.KAFKA_BROKERS)],
  });
  // The issued city reports' files; nothing is uploaded here (the service makes its files itself).
  registerFileRoutes(app, {
    store: files,
    db,
    policy: { maxBytes: 1, allowed: [DOCX] },
    canUpload: () => false,
    canDownload: (actor) => canDownloadCityReport(actor),
    now,
  });
  return app;
}
