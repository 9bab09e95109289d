/**
 * Attachments of a PAKN (tệp đính kèm): the policy is configuration, and a file's type is read
 * from its first bytes, never from its name, so an executable renamed ".pdf" is refused.
 */
import { z } from "zod";
import type { FieldError } from "./intake.ts";

export interface AttachmentPolicy {
  maxFiles: number;
  maxFileBytes: number;
  /** MIME types accepted, as sniffFileType names them. */
  allowed: readonly string[];
}

export const PDF = "application/pdf";
export const JPEG = "image/jpeg";
export const PNG = "image/png";
export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

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
  maxFileBytes: z.number().int().min(1).max(1024 * 1024 * 1024),
  allowed: z.array(z.enum([PDF, JPEG, PNG, DOCX])),
});

/** How many leading bytes sniffFileType needs; the DOCX check reads file names in the ZIP headers. */
export const SNIFF_BYTES = 4096;

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const PDF_MAGIC = ascii("%PDF-");
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];

/**
 * The type of a file from its first bytes (at least SNIFF_BYTES when available), or null when it
 * is none of the accepted kinds (an executable `MZ`/ELF, a plain ZIP, HTML, …).
 */
export function sniffFileType(firstBytes: Uint8Array): string | null {
  if (startsWith(firstBytes, PDF_MAGIC)) return PDF;
  if (startsWith(firstBytes, PNG_MAGIC)) return PNG;
  if (startsWith(firstBytes, JPEG_MAGIC)) return JPEG;
  if (startsWith(firstBytes, ZIP_LOCAL_HEADER) && isWordPackage(firstBytes)) return DOCX;
  return null;
}

/**
 * A DOCX is a ZIP whose entries include "[Content_Types].xml" and the "word/" part; Word and
 * LibreOffice write those first, so their names are in the first local headers. A ZIP of anything
 * else (or an .xlsx) is refused.
 */
function isWordPackage(bytes: Uint8Array): boolean {
  const names = new TextDecoder("latin1").decode(bytes.subarray(0, SNIFF_BYTES));
  return names.includes("[Content_Types].xml") && names.includes("word/");
}

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
