import type { BaseContext } from "@tthc/service-kit";
import type { AuthConfig } from "../auth/sessions.ts";
import type { Db } from "../db/client.ts";

export interface DirectoryContext extends BaseContext {
  db: Db;
  auth: AuthConfig;
}
