import { toDbDate, type LocalDate } from "@tthc/calendar";
import { DateScalar, DateTimeScalar, requestChange, requestClientKey, requireRole, requireUser } from "@tthc/service-kit";
import type { User } from "../db/generated/client.ts";
import { today } from "../domain/dates.ts";
import { createApiKey, revokeApiKey } from "../use-cases/api-keys.ts";
import { markNotificationRead, myNotificationPage, myNotifications, myUnreadNotificationCount } from "../use-cases/notifications.ts";
import * as reads from "../use-cases/reads.ts";
import * as sessions from "../use-cases/sessions.ts";
import { clockOf } from "../use-cases/sessions.ts";
import { createUser, deactivateUser, reactivateUser, setUserAccess, userPage } from "../use-cases/users.ts";
import { createUnit, moveUnit, updateUnit, type CreateUnitInput, type UpdateUnitInput } from "../use-cases/units.ts";
import * as reorganisation from "../use-cases/reorganisation.ts";
import type { ReorganisationDecision } from "../db/generated/client.ts";
import { isValidAt } from "../domain/dates.ts";
import { currentSuccessors, type WorkKind } from "../domain/reorganisation.ts";
import type { DirectoryContext as Ctx } from "./context.ts";
import { withCodedErrors } from "./errors.ts";

// The Date scalar yields LocalDate strings; directory's rules keep days as the Dates its date columns hold.
type AsOf = { asOf?: LocalDate | null };
// "Today" on the directory's clock (AuthConfig.now), the one its expiries use.
const dateOf = (args: AsOf, ctx: Ctx) => (args.asOf ? toDbDate(args.asOf) : today(clockOf(ctx.auth)()));

type Paging = { limit?: number | null; offset?: number | null };

interface SuccessorArgs {
  unitId?: string | null;
  newUnit?: { code: string; name: string; shortName?: string | null; levelCode: string; parentId?: string | null } | null;
  takes?: WorkKind[] | null;
}
interface ChangeArgs {
  kind: string;
  unitId?: string | null;
  unitIds?: string[] | null;
  into?: SuccessorArgs | null;
  successors?: SuccessorArgs[] | null;
  receiverId?: string | null;
  name?: string | null;
  shortName?: string | null;
  parentId?: string | null;
  levelCode?: string | null;
}
interface DecisionArgs {
  number: string;
  signedOn: LocalDate;
  effectiveFrom: LocalDate;
  fileId?: string | null;
  changes: ChangeArgs[];
}

// GraphQL has one input type for every kind of change; the domain's schema takes only the fields of its kind.
const changeOf = (change: ChangeArgs) =>
  Object.fromEntries(Object.entries(change).filter(([, value]) => value !== null && value !== undefined));

// Unit commands run at the request's instant on the directory's clock; their events carry it.
const change = (ctx: Ctx) => requestChange(ctx, clockOf(ctx.auth)());

const actorUserId = (ctx: Ctx) => (ctx.actor.kind === "user" ? ctx.actor.userId : null);

// Unit and user commands are the city office's; the seed runs the same unit commands as a service.
const objectTypes = {
  Query: {
    me: (_: unknown, __: unknown, ctx: Ctx) => reads.me(ctx.db, ctx.actor),
    units: (_: unknown, args: AsOf & { levelCode?: string | null; search?: string | null }, ctx: Ctx) =>
      reads.units(ctx.db, ctx.actor, { asOf: dateOf(args, ctx), levelCode: args.levelCode, search: args.search }),
    unit: (_: unknown, args: { id: string }, ctx: Ctx) => reads.unit(ctx.db, ctx.actor, args.id),
    unitLevels: (_: unknown, __: unknown, ctx: Ctx) => reads.unitLevels(ctx.db, ctx.actor),
    users: (_: unknown, __: unknown, ctx: Ctx) => reads.users(ctx.db, ctx.actor),
    userPage: (
      _: unknown,
      args: { search?: string | null; includeDeactivated?: boolean | null; limit?: number | null; offset?: number | null },
      ctx: Ctx,
    ) => userPage(ctx.db, ctx.actor, args),
    myNotifications: (_: unknown, args: { unreadOnly?: boolean | null }, ctx: Ctx) =>
      myNotifications(ctx.db, ctx.actor, args.unreadOnly ?? false),
    myNotificationPage: (_: unknown, args: { unreadOnly?: boolean | null; limit?: number | null; offset?: number | null }, ctx: Ctx) =>
      myNotificationPage(ctx.db, ctx.actor, args),
    myUnreadNotificationCount: (_: unknown, __: unknown, ctx: Ctx) => myUnreadNotificationCount(ctx.db, ctx.actor),
    reorganisationDecisions: (_: unknown, args: Paging, ctx: Ctx) => {
      requireRole(ctx.actor, "CITY_ADMIN");
      return reorganisation.decisionPage(ctx.db, args);
    },
    reorganisationDecision: (_: unknown, args: { id: string }, ctx: Ctx) => {
      requireRole(ctx.actor, "CITY_ADMIN");
      return reorganisation.findDecision(ctx.db, args.id);
    },
    reorganisationPreview: async (_: unknown, args: { id: string }, ctx: Ctx) => {
      requireRole(ctx.actor, "CITY_ADMIN");
      const preview = await reorganisation.previewDecision(ctx.db, args.id);
      return {
        decision: preview.decision,
        successions: preview.successions.map((s) => ({ ...s, predecessor: ctx.loaders.unit(s.predecessorId) })),
        newUnitNames: preview.newUnits.map((u) => u.name),
        counts: preview.counts.map((c) => ({ ...c, unit: ctx.loaders.unit(c.unitId) })),
      };
    },
    usersToReassign: (_: unknown, args: Paging, ctx: Ctx) => {
      requireRole(ctx.actor, "CITY_ADMIN");
      return reorganisation.usersToReassign(ctx.db, today(clockOf(ctx.auth)()), args);
    },
  },

  Mutation: {
    login: async (_: unknown, args: { username: string; password: string }, ctx: Ctx) => {
      const tokens = await sessions.login(ctx.db, ctx.auth, args.username, args.password, requestClientKey(ctx.request));
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
      await sessions.changePassword(ctx.db, ctx.auth, user, args.currentPassword, args.newPassword, requestClientKey(ctx.request));
      return true;
    },
    resetPassword: async (_: unknown, args: { userId: string; temporaryPassword: string }, ctx: Ctx) => {
      const admin = requireRole(ctx.actor, "CITY_ADMIN");
      await sessions.resetPassword(ctx.db, ctx.auth, args.userId, args.temporaryPassword);
      ctx.log.info({ userId: args.userId, by: admin.userId }, "password reset by admin");
      return true;
    },
    createUser: async (
      _: unknown,
      args: { input: { username: string; fullName: string; roles: string[]; unitId?: string | null } },
      ctx: Ctx,
    ) => {
      const created = await createUser(ctx.db, ctx.auth, ctx.actor, args.input);
      ctx.log.info({ userId: created.user.id, by: actorUserId(ctx) }, "user created by admin");
      return created;
    },
    setUserAccess: async (_: unknown, args: { id: string; roles: string[]; unitId?: string | null }, ctx: Ctx) => {
      const user = await setUserAccess(ctx.db, ctx.auth, ctx.actor, args.id, args);
      ctx.log.info({ userId: user.id, roles: user.roles, unitId: user.unitId, by: actorUserId(ctx) }, "user access changed by admin");
      return user;
    },
    deactivateUser: async (_: unknown, args: { id: string }, ctx: Ctx) => {
      const user = await deactivateUser(ctx.db, ctx.auth, ctx.actor, args.id);
      ctx.log.info({ userId: user.id, by: actorUserId(ctx) }, "user deactivated by admin");
      return user;
    },
    reactivateUser: async (_: unknown, args: { id: string }, ctx: Ctx) => {
      const user = await reactivateUser(ctx.db, ctx.actor, args.id);
      ctx.log.info({ userId: user.id, by: actorUserId(ctx) }, "user reactivated by admin");
      return user;
    },
    createUnit: (_: unknown, args: { input: Omit<CreateUnitInput, "validFrom"> & { validFrom: LocalDate } }, ctx: Ctx) => {
      requireRole(ctx.actor, "CITY_ADMIN");
      return createUnit(ctx.db, change(ctx), { ...args.input, validFrom: toDbDate(args.input.validFrom) });
    },
    updateUnit: (_: unknown, args: { id: string; input: Omit<UpdateUnitInput, "validTo"> & { validTo?: LocalDate | null } }, ctx: Ctx) => {
      requireRole(ctx.actor, "CITY_ADMIN");
      const { validTo, ...fields } = args.input;
      return updateUnit(ctx.db, change(ctx), args.id, { ...fields, validTo: validTo ? toDbDate(validTo) : null });
    },
    moveUnit: (_: unknown, args: { id: string; parentId: string; from: LocalDate }, ctx: Ctx) => {
      requireRole(ctx.actor, "CITY_ADMIN");
      return moveUnit(ctx.db, change(ctx), args.id, args.parentId, toDbDate(args.from));
    },
    createApiKey: async (_: unknown, args: { name: string; scopes?: string[] | null }, ctx: Ctx) => {
      const admin = requireRole(ctx.actor, "CITY_ADMIN");
      const { id, key } = await createApiKey(ctx.db, { name: args.name, createdById: admin.userId, scopes: args.scopes ?? undefined });
      ctx.log.info({ apiKeyId: id, by: admin.userId }, "partner API key created");
      return key;
    },
    revokeApiKey: async (_: unknown, args: { id: string }, ctx: Ctx) => {
      const admin = requireRole(ctx.actor, "CITY_ADMIN");
      await revokeApiKey(ctx.db, args.id, clockOf(ctx.auth)());
      ctx.log.info({ apiKeyId: args.id, by: admin.userId }, "partner API key revoked");
      return true;
    },
    createReorganisationDecision: (_: unknown, args: { input: DecisionArgs }, ctx: Ctx) => {
      const admin = requireRole(ctx.actor, "CITY_ADMIN");
      const { signedOn, effectiveFrom, changes, ...rest } = args.input;
      return reorganisation.createDecision(ctx.db, admin.userId, {
        ...rest,
        signedOn: toDbDate(signedOn),
        effectiveFrom: toDbDate(effectiveFrom),
        changes: changes.map(changeOf),
      });
    },
    scheduleReorganisationDecision: (_: unknown, args: { id: string }, ctx: Ctx) => {
      requireRole(ctx.actor, "CITY_ADMIN");
      return reorganisation.scheduleDecision(ctx.db, args.id, clockOf(ctx.auth)());
    },
    markNotificationRead: async (_: unknown, args: { id: string }, ctx: Ctx) => {
      await markNotificationRead(ctx.db, ctx.actor, args.id);
      return true;
    },
  },

  Unit: {
    // An `_entities` lookup is a read like the `unit` query and is checked the same way.
    __resolveReference: (ref: { id: string }, ctx: Ctx) => reads.unit(ctx.db, ctx.actor, ref.id),
    parent: (unit: reads.UnitWithLevel, args: AsOf, ctx: Ctx) => reads.parentAt(ctx.db, unit.id, dateOf(args, ctx)),
    children: async (unit: reads.UnitWithLevel, args: AsOf, ctx: Ctx) =>
      unit.level.isGroup ? [] : reads.subUnitsAt(ctx.db, unit.id, dateOf(args, ctx)),
    members: async (unit: reads.UnitWithLevel, args: AsOf, ctx: Ctx) =>
      unit.level.isGroup ? reads.subUnitsAt(ctx.db, unit.id, dateOf(args, ctx)) : [],
    history: (unit: reads.UnitWithLevel, _: unknown, ctx: Ctx) => ctx.loaders.versions(unit.id),
    parentHistory: async (unit: reads.UnitWithLevel, _: unknown, ctx: Ctx) =>
      (await ctx.loaders.parents(unit.id)).map((m) => ({
        parent: ctx.loaders.unit(m.parentId),
        validFrom: m.validFrom,
        validTo: m.validTo,
      })),
    predecessors: async (unit: reads.UnitWithLevel, _: unknown, ctx: Ctx) =>
      (await ctx.loaders.predecessions(unit.id)).map((s) => ({
        unit: ctx.loaders.unit(s.predecessorId),
        workKinds: s.workKinds,
        effectiveFrom: s.effectiveFrom,
        decisionNumber: s.decision.number,
      })),
    nameAt: async (unit: reads.UnitWithLevel, args: AsOf, ctx: Ctx) => {
      const day = dateOf(args, ctx);
      return (await ctx.loaders.versions(unit.id)).find((v) => isValidAt(v, day))?.name ?? unit.name;
    },
    currentSuccessors: async (unit: reads.UnitWithLevel, args: AsOf, ctx: Ctx) => {
      const successions = await ctx.loaders.successions(unit.id);
      return currentSuccessors(unit.id, dateOf(args, ctx), (id) => successions.get(id) ?? []).map((s) => ({
        unit: ctx.loaders.unit(s.unitId),
        workKinds: s.workKinds,
      }));
    },
  },

  ReorganisationDecision: {
    changesJson: (decision: ReorganisationDecision) => JSON.stringify(decision.changes),
  },

  User: {
    unit: (user: User, _: unknown, ctx: Ctx) => (user.unitId ? ctx.loaders.unit(user.unitId) : null),
    active: (user: User) => user.deactivatedAt === null,
  },
};

export const resolvers = { ...withCodedErrors(objectTypes), Date: DateScalar, DateTime: DateTimeScalar };
