/**
 * Attachments of a PAKN (tệp đính kèm): the policy is configuration, and a file's type is read
 * from its first bytes, never from its name, so an executable renamed ".pdf" is refused. Outside
 * domain/ because all of it is stated in @tthc/files' content sniffing (its type names, its reading
 * of the first bytes): it is a file-format adapter like the other documents/ code.
 */
import { z } from "zod";
import { DOCX, JPEG, PDF, PNG, sniffFileType } from "@tthc/files";
import type { FieldError } from "../domain/index.ts";

// The content sniffing is shared with every upload of the platform (@tthc/files).
export { DOCX, JPEG, PDF, PNG, SNIFF_BYTES, sniffFileType } from "@tthc/files";

export interface AttachmentPolicy {
  maxFiles: number;
  maxFileBytes: number;
  /** MIME types accepted, as sniffFileType names them. */
  allowed: readonly string[];
}

/**
 * 20 MiB per file fits a scanned letter with its enclosures. An A4 page at 200 dpi is
 * 8.27 in × 11.69 in → 1654 × 2339 px ≈ 3.87 Mpx: 11.6 MB raw in 24-bit colour, about 0.6–1 MB
 * as the JPEG a scanner puts in a PDF (≈ 1.5–2 bits per pixel for a printed page), 0.3–0.5 MB in
 * greyscale. So 20 MiB holds a 20-page colour scan, or 40+ pages in greyscale.
 */
export const DEFAULT_ATTACHMENT_POLICY: Readonly<AttachmentPolicy> = Object.freeze({
  maxFiles: 5,
  maxFileBytes: 20 * 1024 * 1024,
  allowed: Object.freeze([PDF, JPEG, PNG, DOCX]),
});

export const attachmentPolicySchema = z.object({
  maxFiles: z.number().int().min(0).max(50),
  maxFileBytes: z
    .number()
    .int()
    .min(1)
    .max(1024 * 1024 * 1024),
  allowed: z.array(z.enum([PDF, JPEG, PNG, DOCX])),
});

export interface IncomingFile {
  name: string;
  size: number;
  firstBytes: Uint8Array;
}

export type AttachmentCheck = { ok: true; types: string[] } | { ok: false; errors: FieldError[] };

const TYPE_LABELS: Readonly<Record<string, string>> = { [PDF]: "PDF", [JPEG]: "JPEG", [PNG]: "PNG", [DOCX]: "DOCX" };

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toLocaleString("vi-VN", { maximumFractionDigits: 1 });

/** Checks every file against the policy; the result's `types` are the sniffed types to store. */
export function checkAttachments(files: readonly IncomingFile[], policy: AttachmentPolicy = DEFAULT_ATTACHMENT_POLICY): AttachmentCheck {
  const errors: FieldError[] = [];
  const allowedList = policy.allowed.map((t) => TYPE_LABELS[t] ?? t).join(", ");
  if (files.length > policy.maxFiles) {
    errors.push({
      field: "attachments",
      messageVi: `Chỉ được gửi kèm tối đa ${policy.maxFiles} tệp.`,
      messageEn: `At most ${policy.maxFiles} files may be attached.`,
    });
  }
  const types = files.map((file, index) => {
    const field = `attachments.${index}`;
    if (file.size > policy.maxFileBytes) {
      errors.push({
        field,
        messageVi: `Tệp "${file.name}" vượt quá dung lượng cho phép (${megabytes(policy.maxFileBytes)} MB).`,
        messageEn: `"${file.name}" is larger than the limit (${megabytes(policy.maxFileBytes)} MB).`,
      });
    }
    const type = sniffFileType(file.firstBytes);
    if (type === null || !policy.allowed.includes(type)) {
      errors.push({
        field,
        messageVi: `Tệp "${file.name}" không đúng định dạng cho phép (${allowedList}) hoặc nội dung không khớp với phần mở rộng.`,
        messageEn: `"${file.name}" is not an allowed file type (${allowedList}) by its content.`,
      });
    }
    return type ?? "";
  });
  return errors.length === 0 ? { ok: true, types } : { ok: false, errors };
}
