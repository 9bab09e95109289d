/**
 * Checklist templates (mẫu phiếu kiểm tra): data the city office edits. An edit adds a version; the
 * inspections started before it keep the criteria they copied (use-cases/inspections.ts).
 */
import type { Actor, ChangeContext } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";
import {
  DEFAULT_TEMPLATE_CODE,
  DEFAULT_TEMPLATE_GROUPS,
  DEFAULT_TEMPLATE_NAME,
  isCityOffice,
  refusal,
  templateProblem,
  type ChecklistGroup,
} from "../domain/index.ts";
import { domainError, forbiddenVi, refuseIf } from "./errors.ts";

type Tx = Prisma.TransactionClient;

const SYSTEM = "system";

/**
 * The default template with its seven groups, created on first use (idempotent: its code is unique).
 * Called outside a transaction: a lost race fails the insert, which would abort the caller's transaction.
 */
export async function ensureDefaultTemplate(db: Db): Promise<void> {
  const existing = await db.checklistTemplate.findUnique({ where: { code: DEFAULT_TEMPLATE_CODE } });
  if (existing) return;
  await db.checklistTemplate
    .create({
      data: {
        code: DEFAULT_TEMPLATE_CODE,
        name: DEFAULT_TEMPLATE_NAME,
        versions: {
          create: {
            version: 1,
            name: DEFAULT_TEMPLATE_NAME,
            groups: DEFAULT_TEMPLATE_GROUPS as unknown as Prisma.InputJsonValue,
            createdBy: SYSTEM,
          },
        },
      },
    })
    // Two first uses at once: the other one created it.
    .catch(async (error: unknown) => {
      if (!(await db.checklistTemplate.findUnique({ where: { code: DEFAULT_TEMPLATE_CODE } }))) throw error;
    });
}

/** The newest version of a template (of the default one when `templateId` is null: ensureDefaultTemplate first). */
export async function currentVersion(db: Db | Tx, templateId: string | null) {
  const template = await db.checklistTemplate.findUnique({
    where: templateId === null ? { code: DEFAULT_TEMPLATE_CODE } : { id: templateId },
    include: { versions: { orderBy: { version: "desc" }, take: 1 } },
  });
  const version = template?.versions[0];
  if (!template || !version)
    throw domainError(refusal("UNKNOWN_TEMPLATE", "Không tìm thấy mẫu phiếu kiểm tra.", "Unknown checklist template.", "templateId"));
  return { template, version, groups: version.groups as unknown as ChecklistGroup[] };
}

function requireStaffReader(actor: Actor): void {
  if (actor.kind !== "user") throw forbiddenVi("Vui lòng đăng nhập.", "Sign-in required.");
}

export async function listTemplates(db: Db, actor: Actor) {
  requireStaffReader(actor);
  await ensureDefaultTemplate(db);
  const templates = await db.checklistTemplate.findMany({
    orderBy: { createdAt: "asc" },
    include: { versions: { orderBy: { version: "desc" }, take: 1 } },
  });
  return templates.map((t) => ({
    id: t.id,
    code: t.code,
    name: t.name,
    version: t.versions[0]!.version,
    versionId: t.versions[0]!.id,
    groups: t.versions[0]!.groups as unknown as ChecklistGroup[],
  }));
}

/** A new version of the template; what it replaces stays, for the inspections that copied it. */
export async function reviseTemplate(db: Db, templateId: string, name: string, groups: ChecklistGroup[], ctx: ChangeContext) {
  if (!isCityOffice(ctx.actor))
    throw forbiddenVi("Chỉ Văn phòng được sửa mẫu phiếu kiểm tra.", "Only the city office edits checklist templates.");
  if (!name.trim()) throw domainError(refusal("BLANK_NAME", "Vui lòng nhập tên mẫu phiếu.", "The template needs a name.", "name"));
  const normalised = groups.map((g) => ({
    code: g.code.trim(),
    name: g.name.trim(),
    criteria: g.criteria.map((c) => ({ code: c.code.trim(), text: c.text.trim(), kind: c.kind, maxScore: c.maxScore ?? null })),
  }));
  refuseIf(templateProblem(normalised));
  const userId = (ctx.actor as Extract<Actor, { kind: "user" }>).userId;
  return db.$transaction(async (tx) => {
    const { version } = await currentVersion(tx, templateId);
    await tx.checklistTemplate.update({ where: { id: templateId }, data: { name: name.trim() } });
    // A concurrent revision takes the same number and fails on the unique (template, version) key.
    return tx.templateVersion.create({
      data: {
        templateId,
        version: version.version + 1,
        name: name.trim(),
        groups: normalised as unknown as Prisma.InputJsonValue,
        createdBy: userId,
      },
    });
  });
}
