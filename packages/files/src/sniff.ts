/**
 * A file's type read from its first bytes, never from its name or the client's claim, so an
 * executable renamed ".pdf" is refused (docs/architecture.md §5).
 */
export const PDF = "application/pdf";
export const JPEG = "image/jpeg";
export const PNG = "image/png";
export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The extension a stored file is named with: the one of its sniffed type, whatever the uploader wrote. */
export const EXTENSIONS: Readonly<Record<string, string>> = { [PDF]: "pdf", [JPEG]: "jpg", [PNG]: "png", [DOCX]: "docx" };

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
