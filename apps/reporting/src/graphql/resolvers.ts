import { toLocalDate, type LocalDate } from "@tthc/calendar";
import { DateScalar, requireUser, type BaseContext } from "@tthc/service-kit";
import { countReplicatedUnits } from "@tthc/unit-replica";
import type { Db } from "../db/client.ts";
import { complaintStatisticsFor } from "../use-cases/complaint-statistics.ts";

export type Context = BaseContext & { db: Db; now: () => Date };

export const resolvers = {
  Date: DateScalar,
  Query: {
    reportingStatus: async (_: unknown, __: unknown, { actor, db }: Context) => {
      requireUser(actor);
      return { service: "reporting", replicatedUnits: await countReplicatedUnits(db) };
    },
    // The Date scalar has already checked both days.
    complaintStatistics: (_: unknown, args: { from: LocalDate; to: LocalDate }, { actor, db, now }: Context) =>
      complaintStatisticsFor(db, actor, args.from, args.to, toLocalDate(now())),
  },
};
