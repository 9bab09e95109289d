import { requireUser, type BaseContext } from "@tthc/service-kit";
import { countReplicatedUnits } from "@tthc/unit-replica";
import type { Db } from "../db/client.ts";

export type Context = BaseContext & { db: Db };

export const resolvers = {
  Query: {
    inspectionsStatus: async (_: unknown, __: unknown, { actor, db }: Context) => {
      requireUser(actor);
      return { service: "inspections", replicatedUnits: await countReplicatedUnits(db) };
    },
  },
};
