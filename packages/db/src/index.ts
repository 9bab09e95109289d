export { migrate, type MigrationSource, type AppliedMigration } from "./migrate.ts";
export { ensureDatabase, recreateDatabase, dropDatabasesByPrefix, databaseName, withDatabase, redactUrl } from "./database.ts";
export { servicePrismaConfig } from "./prisma-config.ts";
export { prismaClientOptions } from "./client-options.ts";
