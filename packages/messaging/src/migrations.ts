import { fileURLToPath } from "node:url";
import type { MigrationSource } from "@tthc/db";

/** The outbox and processed-event tables; every service that publishes or consumes applies them with migrate(). */
export const messagingMigrations: MigrationSource = {
  source: "messaging",
  dir: fileURLToPath(new URL("../migrations", import.meta.url)),
};
