import { parseLocalDate, toLocalDate } from "@tthc/calendar";
import { DateScalar, badInput, requireRole, requireUser, type BaseContext } from "@tthc/service-kit";
import { countReplicatedUnits } from "@tthc/unit-replica";
import type { Db } from "../db/client.ts";
import { complaintStatistics } from "../complaints/statistics.ts";

export type Context = BaseContext & { db: Db; now: () => Date };

export const resolvers = {
  Date: DateScalar,
  Query: {
    reportingStatus: async (_: unknown, __: unknown, { actor, db }: Context) => {
      requireUser(actor);
      return { service: "reporting", replicatedUnits: await countReplicatedUnits(db) };
    },
    complaintStatistics: async (_: unknown, args: { from: string; to: string }, { actor, db, now }: Context) => {
      requireRole(actor, "CITY_ADMIN", "LEADER", "INSPECTOR");
      if (args.from > args.to) throw badInput("Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.", "from");
      return complaintStatistics(db, parseLocalDate(args.from), parseLocalDate(args.to), toLocalDate(now()));
    },
  },
};
