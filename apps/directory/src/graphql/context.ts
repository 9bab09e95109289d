import type { BaseContext } from "@tthc/service-kit";
import type { AuthConfig } from "../use-cases/sessions.ts";
import type { Db } from "../db/client.ts";
import type { DirectoryLoaders } from "./loaders.ts";

export interface DirectoryContext extends BaseContext {
  db: Db;
  auth: AuthConfig;
  loaders: DirectoryLoaders;
}
