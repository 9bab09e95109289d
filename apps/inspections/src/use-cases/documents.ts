/**
 * The inspection's documents as stored files of this service (the gateway proxies `/files/inspections/<id>`):
 * the record (biên bản) on request, the conclusion notice when the inspection is concluded.
 */
import { fromDbDate, fromDbDateOrNull } from "@tthc/calendar";
import { DOCX, storeFile, type FileStore, type StoredFile } from "@tthc/files";
import type { Actor, ChangeContext } from "@tthc/service-kit";
import { unitNames } from "@tthc/unit-replica";
import type { Db } from "../db/client.ts";
import type { Inspection, Prisma } from "../db/generated/client.ts";
import { assessmentsDiffer } from "../domain/index.ts";
import { conclusionNoticeDocx, inspectionRecordDocx, type DocumentSettings, type InspectionFacts } from "../documents/inspection-docx.ts";
import { readableInspection } from "./inspections.ts";
import { TYPE_VI } from "./plans.ts";

type Tx = Prisma.TransactionClient;

/** What making a document needs besides the database: where files go and who issues them. */
export interface DocumentDeps {
  files: FileStore;
  settings: DocumentSettings;
}

const ROLE_LABELS = { lead: "Trưởng đoàn", member: "Thành viên", secretary: "Thư ký" } as const;
const SEVERITY_LABELS = { minor: "nhẹ", major: "đáng kể", serious: "nghiêm trọng" } as const;

/** A stored file as the API returns it, with the gateway path it downloads from. */
export const exportedFile = (file: Pick<StoredFile, "id" | "name" | "size" | "type">) => ({
  id: file.id,
  name: file.name,
  size: file.size,
  type: file.type,
  url: `/files/inspections/${file.id}`,
});

/** The facts both documents print, read with one query per table. */
export async function inspectionFacts(db: Db | Tx, inspection: Inspection): Promise<InspectionFacts> {
  const [members, criteria, findings, recommendations] = await Promise.all([
    db.teamMember.findMany({ where: { inspectionId: inspection.id }, orderBy: [{ role: "asc" }, { name: "asc" }] }),
    db.criterion.findMany({ where: { inspectionId: inspection.id }, orderBy: { order: "asc" } }),
    db.finding.findMany({ where: { inspectionId: inspection.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.recommendation.findMany({ where: { inspectionId: inspection.id }, orderBy: [{ dueDay: "asc" }, { createdAt: "asc" }] }),
  ]);
  const names = await unitNames(db, [inspection.unitId, ...recommendations.map((r) => r.responsibleUnitId)]);
  const checklist: InspectionFacts["checklist"] = [];
  for (const c of criteria) {
    let group = checklist.at(-1);
    if (group?.group !== c.groupName) checklist.push((group = { group: c.groupName, criteria: 0, assessed: 0, differing: 0 }));
    group.criteria++;
    if (c.teamValue !== null) group.assessed++;
    if (assessmentsDiffer(c.selfValue, c.teamValue)) group.differing++;
  }
  const criterionText = new Map(criteria.map((c) => [c.id, `${c.code} ${c.text}`]));
  return {
    unitName: names.get(inspection.unitId) ?? "",
    typeLabel: TYPE_VI[inspection.type],
    focus: inspection.focus,
    startDay: fromDbDateOrNull(inspection.startDay),
    endDay: fromDbDateOrNull(inspection.endDay),
    decisionNumber: inspection.decisionNumber,
    decisionDate: fromDbDateOrNull(inspection.decisionDate),
    conclusionNumber: inspection.conclusionNumber,
    concludedOn: fromDbDateOrNull(inspection.concludedOn),
    year: Number(fromDbDate(inspection.windowStart).slice(0, 4)),
    team: members.map((m) => ({ name: m.name, roleLabel: ROLE_LABELS[m.role], lead: m.role === "lead" })),
    checklist,
    findings: findings.map((f) => ({
      criterion: f.criterionId ? (criterionText.get(f.criterionId) ?? null) : null,
      severityLabel: SEVERITY_LABELS[f.severity],
      description: f.description,
      recommendations: recommendations
        .filter((r) => r.findingId === f.id)
        .map((r) => ({ text: r.text, responsibleUnit: names.get(r.responsibleUnitId) ?? "", dueDay: fromDbDate(r.dueDay) })),
    })),
  };
}

/** Anyone who reads the inspection (staff; partners read no documents) gets its record as it stands. */
export async function exportInspectionRecord(db: Db, deps: DocumentDeps, actor: Actor, inspectionId: string) {
  const inspection = await readableInspection(db, actor, inspectionId);
  const bytes = await inspectionRecordDocx(await inspectionFacts(db, inspection), deps.settings);
  const file = await storeFile(db, deps.files, actor, { name: `Bien-ban-kiem-tra-${inspectionId.slice(0, 8)}.docx`, type: DOCX, bytes });
  return exportedFile(file);
}

/**
 * The conclusion notice of an inspection being concluded, stored inside the concluding transaction so the
 * inspection never reads as concluded without its notice (bytes written before the row, as storeFile does).
 */
export async function issueConclusionNotice(tx: Tx, deps: DocumentDeps, ctx: ChangeContext, inspection: Inspection): Promise<string> {
  const bytes = await conclusionNoticeDocx(await inspectionFacts(tx, inspection), deps.settings);
  const safeNumber = (inspection.conclusionNumber ?? "").replace(/[^\p{L}\p{N}-]+/gu, "-");
  const file = await storeFile(
    tx,
    deps.files,
    ctx.actor,
    { name: `Thong-bao-ket-luan-${safeNumber}.docx`, type: DOCX, bytes },
    () => ctx.now,
  );
  return file.id;
}
