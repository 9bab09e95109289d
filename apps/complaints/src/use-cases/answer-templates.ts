/** Model answers per field (mẫu văn bản trả lời theo lĩnh vực): the city office keeps them, any officer drafting picks one. */
import { type Actor, actorId, fieldErrors, invalidInput, isUuid, requireRole, requireUser } from "@tthc/service-kit";
import { normalizeText } from "../domain/index.ts";
import type { ComplaintsDeps } from "./deps.ts";

export interface AnswerTemplateInput {
  field: string;
  title: string;
  text: string;
}

const LIMITS = { field: 200, title: 200, text: 10_000 } as const;
const LABELS = { field: ["Lĩnh vực", "Field"], title: ["Tên mẫu", "Title"], text: ["Nội dung mẫu", "Text"] } as const;

const notFound = () => invalidInput("id", "Không tìm thấy mẫu trả lời.", "Answer template not found.");

function parseTemplate(input: AnswerTemplateInput): AnswerTemplateInput {
  const value = { field: normalizeText(input.field), title: normalizeText(input.title), text: normalizeText(input.text) };
  const errors = (Object.keys(LIMITS) as Array<keyof typeof LIMITS>).flatMap((key) => {
    const [vi, en] = LABELS[key];
    if (!value[key]) return [{ field: key, messageVi: `${vi} không được để trống.`, messageEn: `${en} is required.` }];
    if (value[key].length > LIMITS[key])
      return [
        { field: key, messageVi: `${vi} dài quá ${LIMITS[key]} ký tự.`, messageEn: `${en} is longer than ${LIMITS[key]} characters.` },
      ];
    return [];
  });
  if (errors.length) throw fieldErrors(errors);
  return value;
}

/** Every signed-in officer may read them (a unit drafting an answer); optionally one field's. */
export async function listAnswerTemplates(deps: ComplaintsDeps, actor: Actor, field?: string | null) {
  requireUser(actor);
  const wanted = field?.trim();
  return deps.db.answerTemplate.findMany({
    where: wanted ? { field: { equals: wanted, mode: "insensitive" } } : {},
    orderBy: [{ field: "asc" }, { title: "asc" }],
  });
}

export async function createAnswerTemplate(deps: ComplaintsDeps, actor: Actor, input: AnswerTemplateInput) {
  requireRole(actor, "CITY_ADMIN");
  return deps.db.answerTemplate.create({ data: { ...parseTemplate(input), updatedBy: actorId(actor) } });
}

export async function updateAnswerTemplate(deps: ComplaintsDeps, actor: Actor, id: string, input: AnswerTemplateInput) {
  requireRole(actor, "CITY_ADMIN");
  if (!isUuid(id)) throw notFound();
  const data = parseTemplate(input);
  const updated = await deps.db.answerTemplate.updateMany({ where: { id }, data: { ...data, updatedBy: actorId(actor) } });
  if (updated.count === 0) throw notFound();
  return deps.db.answerTemplate.findUniqueOrThrow({ where: { id } });
}

export async function deleteAnswerTemplate(deps: ComplaintsDeps, actor: Actor, id: string): Promise<boolean> {
  requireRole(actor, "CITY_ADMIN");
  if (!isUuid(id)) throw notFound();
  const deleted = await deps.db.answerTemplate.deleteMany({ where: { id } });
  if (deleted.count === 0) throw notFound();
  return true;
}
