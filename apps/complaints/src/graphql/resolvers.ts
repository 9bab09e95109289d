import { requireUser, type BaseContext } from "@tthc/service-kit";
import { countReplicatedUnits } from "@tthc/unit-replica";
import type { Db } from "../db/client.ts";

export type Context = BaseContext & { db: Db };

export const resolvers = {
  Query: {
    complaintsStatus: async (_: unknown, __: unknown, { actor, db }: Context) => {
      requireUser(actor);
      return { service: "complaints", replicatedUnits: await countReplicatedUnits(db) };
    },
  },
};
