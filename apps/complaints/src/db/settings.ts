import { DEFAULT_ATTACHMENT_POLICY, attachmentPolicySchema, type AttachmentPolicy } from "../documents/attachments.ts";
import { DEFAULT_DEADLINE_RULES, deadlineRulesSchema, type DeadlineRules } from "../domain/index.ts";
import type { Db, Tx } from "./client.ts";
import type { Prisma } from "./generated/client.ts";

const json = (value: object) => value as unknown as Prisma.InputJsonObject;

export interface ComplaintSettings {
  rules: DeadlineRules;
  attachmentPolicy: AttachmentPolicy;
  /** Months after closing before the sender's personal data is erased. */
  retentionMonths: number;
}

/** Five years after closing unless the locality decides otherwise (the column's default too). */
export const DEFAULT_RETENTION_MONTHS = 60;

const SETTINGS_ID = 1;

/** The locality's rules; the domain defaults until an administrator saved others. */
export async function loadSettings(db: Db | Tx): Promise<ComplaintSettings> {
  const row = await db.complaintSettings.findUnique({ where: { id: SETTINGS_ID } });
  if (!row)
    return {
      rules: { ...DEFAULT_DEADLINE_RULES },
      attachmentPolicy: { ...DEFAULT_ATTACHMENT_POLICY },
      retentionMonths: DEFAULT_RETENTION_MONTHS,
    };
  return {
    rules: deadlineRulesSchema.parse(row.deadlineRules),
    attachmentPolicy: attachmentPolicySchema.parse(row.attachmentPolicy),
    retentionMonths: row.personalDataRetentionMonths,
  };
}

export async function saveDeadlineRules(db: Db | Tx, rules: DeadlineRules, updatedBy: string): Promise<void> {
  const current = await loadSettings(db);
  await db.complaintSettings.upsert({
    where: { id: SETTINGS_ID },
    create: { id: SETTINGS_ID, deadlineRules: json(rules), attachmentPolicy: json(current.attachmentPolicy), updatedBy },
    update: { deadlineRules: json(rules), updatedBy },
  });
}

export async function saveRetentionMonths(db: Db | Tx, months: number, updatedBy: string): Promise<void> {
  const current = await loadSettings(db);
  await db.complaintSettings.upsert({
    where: { id: SETTINGS_ID },
    create: {
      id: SETTINGS_ID,
      deadlineRules: json(current.rules),
      attachmentPolicy: json(current.attachmentPolicy),
      personalDataRetentionMonths: months,
      updatedBy,
    },
    update: { personalDataRetentionMonths: months, updatedBy },
  });
}
