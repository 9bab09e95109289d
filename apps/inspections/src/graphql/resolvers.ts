import { requireUser, type BaseContext } from "@tthc/service-kit";
import { countReplicatedUnits } from "@tthc/unit-replica";
import type { Db } from "../db/client.ts";
import type { Resolvers } from "./generated/resolvers-types.ts";

export type Context = BaseContext & { db: Db };

// Typed by the schema (npm run codegen): arguments and results are checked against the SDL in schema/.
export const resolvers: Resolvers<Context> = {
  Query: {
    inspectionsStatus: async (_parent, _args, { actor, db }) => {
      requireUser(actor);
      return { service: "inspections", replicatedUnits: await countReplicatedUnits(db) };
    },
  },
};
