import type { LocalDate } from "@tthc/calendar";
import { DateScalar, DateTimeScalar, notFound, requireReader, requireRole, requireUser } from "@tthc/service-kit";
import { createApiKey, revokeApiKey } from "../auth/api-keys.ts";
import * as sessions from "../auth/sessions.ts";
import { clockOf } from "../auth/sessions.ts";
import { listNotifications, markNotificationRead } from "../db/notifications.ts";
import { createUnit, findUnit, listUnitLevels, listUnits, moveUnit, parentAt, subUnitsAt, updateUnit, type CreateUnitInput, type UnitWithLevel, type UpdateUnitInput } from "../db/units.ts";
import { findUser, listUsers } from "../db/users.ts";
import type { User } from "../db/generated/client.ts";
import { parseDate, today } from "../domain/dates.ts";
import type { DirectoryContext as Ctx } from "./context.ts";
import { withCodedErrors } from "./errors.ts";

// The Date scalar yields LocalDate strings; directory's rules keep days as UTC-midnight Dates.
const dayOf = (value: LocalDate) => parseDate(value);
type AsOf = { asOf?: LocalDate | null };
// "Today" on the directory's clock (AuthConfig.now), the one its expiries use.
const dateOf = (args: AsOf, ctx: Ctx) => (args.asOf ? dayOf(args.asOf) : today(clockOf(ctx.auth)()));

const objectTypes = {
  Query: {
    me: async (_: unknown, __: unknown, ctx: Ctx) => (ctx.actor.kind === "user" ? findUser(ctx.db, ctx.actor.userId) : null),
    units: async (_: unknown, args: AsOf & { levelCode?: string | null; search?: string | null }, ctx: Ctx) => {
      requireReader(ctx.actor);
      return listUnits(ctx.db, { asOf: dateOf(args, ctx), levelCode: args.levelCode, search: args.search });
    },
    unit: async (_: unknown, args: { id: string }, ctx: Ctx) => {
      requireReader(ctx.actor);
      return findUnit(ctx.db, args.id);
    },
    unitLevels: async (_: unknown, __: unknown, ctx: Ctx) => {
      requireReader(ctx.actor);
      return listUnitLevels(ctx.db);
    },
    users: async (_: unknown, __: unknown, ctx: Ctx) => {
      requireRole(ctx.actor, "CITY_ADMIN");
      return listUsers(ctx.db);
    },
    myNotifications: async (_: unknown, args: { unreadOnly?: boolean | null }, ctx: Ctx) => {
      const user = requireUser(ctx.actor);
      return listNotifications(ctx.db, user, args.unreadOnly ?? false);
    },
  },

  Mutation: {
    login: async (_: unknown, args: { username: string; password: string }, ctx: Ctx) => {
      const tokens = await sessions.login(ctx.db, ctx.auth, args.username, args.password);
      ctx.log.info({ userId: tokens.user.id }, "signed in");
      return tokens;
    },
    refreshSession: (_: unknown, args: { refreshToken: string }, ctx: Ctx) => sessions.refreshSession(ctx.db, ctx.auth, args.refreshToken),
    logout: async (_: unknown, args: { refreshToken: string }, ctx: Ctx) => {
      await sessions.logout(ctx.db, ctx.auth, args.refreshToken);
      return true;
    },
    changePassword: async (_: unknown, args: { currentPassword: string; newPassword: string }, ctx: Ctx) => {
      const user = requireUser(ctx.actor);
      await sessions.changePassword(ctx.db, ctx.auth, user, args.currentPassword, args.newPassword);
      return true;
    },
    resetPassword: async (_: unknown, args: { userId: string; temporaryPassword: string }, ctx: Ctx) => {
      const admin = requireRole(ctx.actor, "CITY_ADMIN");
      const user = await findUser(ctx.db, args.userId);
      if (!user) throw notFound("No such user");
      await sessions.resetPassword(ctx.db, ctx.auth, user, args.temporaryPassword);
      ctx.log.info({ userId: user.id, by: admin.userId }, "password reset by admin");
      return true;
    },
    createUnit: async (_: unknown, args: { input: Omit<CreateUnitInput, "validFrom"> & { validFrom: LocalDate } }, ctx: Ctx) => {
      requireRole(ctx.actor, "CITY_ADMIN");
      return createUnit(ctx.db, ctx, { ...args.input, validFrom: dayOf(args.input.validFrom) });
    },
    updateUnit: async (_: unknown, args: { id: string; input: Omit<UpdateUnitInput, "validTo"> & { validTo?: LocalDate | null } }, ctx: Ctx) => {
      requireRole(ctx.actor, "CITY_ADMIN");
      const { validTo, ...fields } = args.input;
      return updateUnit(ctx.db, ctx, args.id, { ...fields, validTo: validTo ? dayOf(validTo) : null });
    },
    moveUnit: async (_: unknown, args: { id: string; parentId: string; from: LocalDate }, ctx: Ctx) => {
      requireRole(ctx.actor, "CITY_ADMIN");
      return moveUnit(ctx.db, ctx, args.id, args.parentId, dayOf(args.from));
    },
    createApiKey: async (_: unknown, args: { name: string }, ctx: Ctx) => {
      const admin = requireRole(ctx.actor, "CITY_ADMIN");
      const { id, key } = await createApiKey(ctx.db, { name: args.name, createdById: admin.userId });
      ctx.log.info({ apiKeyId: id, by: admin.userId }, "partner API key created");
      return key;
    },
    revokeApiKey: async (_: unknown, args: { id: string }, ctx: Ctx) => {
      const admin = requireRole(ctx.actor, "CITY_ADMIN");
      if (!(await revokeApiKey(ctx.db, args.id, clockOf(ctx.auth)()))) throw notFound("No such API key");
      ctx.log.info({ apiKeyId: args.id, by: admin.userId }, "partner API key revoked");
      return true;
    },
    markNotificationRead: async (_: unknown, args: { id: string }, ctx: Ctx) => {
      const user = requireUser(ctx.actor);
      if (!(await markNotificationRead(ctx.db, user, args.id))) throw notFound("No such notification");
      return true;
    },
  },

  Unit: {
    __resolveReference: (ref: { id: string }, ctx: Ctx) => findUnit(ctx.db, ref.id),
    parent: (unit: UnitWithLevel, args: AsOf, ctx: Ctx) => parentAt(ctx.db, unit.id, dateOf(args, ctx)),
    children: async (unit: UnitWithLevel, args: AsOf, ctx: Ctx) => (unit.level.isGroup ? [] : subUnitsAt(ctx.db, unit.id, dateOf(args, ctx))),
    members: async (unit: UnitWithLevel, args: AsOf, ctx: Ctx) => (unit.level.isGroup ? subUnitsAt(ctx.db, unit.id, dateOf(args, ctx)) : []),
  },

  User: {
    unit: (user: User, _: unknown, ctx: Ctx) => (user.unitId ? findUnit(ctx.db, user.unitId) : null),
  },
};

export const resolvers = { ...withCodedErrors(objectTypes), Date: DateScalar, DateTime: DateTimeScalar };
