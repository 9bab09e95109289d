/** The text of the document to import: pasted, or read from an uploaded .docx (with mammoth, via parseDocx). */
import { DOCX, findFile, type FileStore } from "@tthc/files";
import { actorKey, appError, badInput, type Actor } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import { parseDocx } from "../documents/docx-to-text.ts";
import { PlanImportError } from "../domain/index.ts";

export interface DocumentSource {
  text?: string | null;
  docxFileId?: string | null;
}

export async function documentText(db: Db, store: FileStore, actor: Actor, source: DocumentSource): Promise<string> {
  if (source.docxFileId) {
    if (source.text) throw badInput("Chỉ dán văn bản hoặc tải tệp .docx, không dùng cả hai cùng lúc.", "text");
    const file = await findFile(db, source.docxFileId);
    if (!file || actor.kind !== "user" || file.uploadedBy !== actorKey(actor))
      throw badInput("Không tìm thấy tệp đã tải lên. Vui lòng tải tệp lên lại.", "docxFileId");
    if (file.type !== DOCX) throw badInput("Tệp tải lên không phải tệp Word .docx.", "docxFileId");
    const chunks: Buffer[] = [];
    for await (const chunk of store.read(file.id)) chunks.push(chunk as Buffer);
    try {
      return await parseDocx(Buffer.concat(chunks));
    } catch (err) {
      if (err instanceof PlanImportError) throw importInputError(err, "docxFileId");
      throw err;
    }
  }
  return source.text ?? "";
}

/** A document that cannot become a plan, as the form's error on `field`: in both languages, with the import's code. */
export function importInputError(err: PlanImportError, field: string) {
  const messages = { messageVi: err.message, messageEn: err.messageEn };
  return appError("BAD_USER_INPUT", err.message, { field, messageEn: err.messageEn, reason: err.code, errors: [{ field, ...messages }] });
}
