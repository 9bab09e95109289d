/**
 * Exporting a plan to DOCX as a stored file of this service: the gateway proxies `/files/planning/<id>`
 * only, so the document is written to the FileStore with its metadata and downloaded from there.
 */
import { fromDbDate } from "@tthc/calendar";
import { DOCX, storeFile, type FileStore } from "@tthc/files";
import { notFound, type Actor } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import { unitNames } from "@tthc/unit-replica";
import { planDocx, type DocxPlan } from "../documents/plan-docx.ts";
import { findPlan } from "./plan-queries.ts";

type Decision = {
  place?: string | null;
  issuer?: string | null;
  signer?: string | null;
  signerTitle?: string | null;
  signingCapacity?: string | null;
};

const writtenNames = (units: Array<{ role: string; writtenName: string }>, role: string) =>
  [...new Set(units.filter((u) => u.role === role).map((u) => u.writtenName))].join("; ");

export async function planDocument(db: Db, planId: string): Promise<DocxPlan> {
  const plan = await db.plan.findUniqueOrThrow({
    where: { id: planId },
    include: {
      sections: {
        orderBy: { order: "asc" },
        include: { tasks: { orderBy: { order: "asc" }, include: { units: { orderBy: { id: "asc" } } } } },
      },
    },
  });
  const decision = plan.decision as Decision;
  const issuerName = (await unitNames(db, [plan.issuingUnitId])).get(plan.issuingUnitId) ?? "";
  return {
    year: plan.year,
    title: plan.title,
    issuer: decision.issuer ?? issuerName,
    decisionNumber: plan.decisionNumber,
    decisionDate: plan.decisionDate ? fromDbDate(plan.decisionDate) : null,
    place: decision.place ?? "",
    signingCapacity: decision.signingCapacity ?? null,
    signerTitle: decision.signerTitle ?? null,
    signer: decision.signer ?? null,
    sections: plan.sections.map((s) => ({
      number: s.number,
      title: s.title,
      tasks: s.tasks.map((t) => ({
        number: t.number,
        content: t.content,
        timeframeText: t.timeframeText,
        // Written names once each, as the document wrote them (a group is one name, not its members).
        leadUnits: writtenNames(t.units, "lead"),
        coordinatingUnits: writtenNames(t.units, "coordinating"),
        resultItems: t.resultItems,
        expectedResult: t.expectedResult,
      })),
    })),
  };
}

export async function exportPlanDocx(db: Db, files: FileStore, actor: Actor, planId: string) {
  const plan = await findPlan(db, actor, planId);
  if (!plan || actor.kind !== "user") throw notFound("Không tìm thấy kế hoạch.");
  const bytes = await planDocx(await planDocument(db, planId));
  const { id, name, size } = await storeFile(db, files, actor, { name: `Ke-hoach-${plan.year}.docx`, type: DOCX, bytes });
  return { id, name, size, url: `/files/planning/${id}` };
}
