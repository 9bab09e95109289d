export type PlanImportErrorCode =
  "EMPTY_DOCUMENT" | "NO_TABLE" | "NO_TASKS" | "MALFORMED_DOCX" | "DOCX_TOO_LARGE" | "DOCX_TOO_MANY_ENTRIES";

const MESSAGES: Record<PlanImportErrorCode, string> = {
  EMPTY_DOCUMENT: "Văn bản trống: không có nội dung nào để nhập. Hãy dán toàn văn quyết định kèm bảng kế hoạch, hoặc tải lên tệp .docx.",
  NO_TABLE:
    "Không tìm thấy bảng nhiệm vụ của kế hoạch: không có dòng tiêu đề bảng nào có cột số thứ tự (“STT” hoặc “TT”) ở đầu và một cột nội dung (“Nội dung…”, “Nhiệm vụ…”, “Tên nhiệm vụ…”, “Chỉ tiêu”). Văn bản cần có dòng tiêu đề đó, thường kèm các cột “Cơ quan/Đơn vị chủ trì”, “Phối hợp”, “Thời gian/Thời hạn”, “Kết quả” (khi dán từ Word, các ô được ngăn cách bằng ký tự Tab). Chưa có gì được nhập.",
  NO_TASKS:
    "Bảng kế hoạch không có nhiệm vụ nào: dưới dòng tiêu đề bảng không có dòng nào được đánh số thứ tự hay có nội dung và đơn vị chủ trì. Chưa có gì được nhập.",
  MALFORMED_DOCX:
    "Không đọc được tệp: đây không phải tệp Word .docx hợp lệ hoặc tệp đã bị hỏng. Nếu là tệp .doc (Word 97–2003), hãy mở bằng Word và lưu lại dưới dạng .docx.",
  DOCX_TOO_LARGE:
    "Tệp .docx quá lớn khi giải nén (nội dung tối đa 32 MB) nên không được đọc. Hãy bỏ bớt hình ảnh, tệp nhúng, hoặc dán toàn văn quyết định thay cho tệp.",
  DOCX_TOO_MANY_ENTRIES:
    "Tệp .docx có quá nhiều thành phần (tối đa 1.000) nên không được đọc. Hãy mở bằng Word và lưu lại dưới dạng .docx, hoặc dán toàn văn quyết định thay cho tệp.",
};

const MESSAGES_EN: Record<PlanImportErrorCode, string> = {
  EMPTY_DOCUMENT: "The document is empty: paste the whole decision with its plan table, or upload a .docx.",
  NO_TABLE:
    "No task table found: no header row starts with a number column (STT or TT) and has a content column (Nội dung…, Nhiệm vụ…, Tên nhiệm vụ…, Chỉ tiêu). The text needs that row, usually with lead, coordinating, timeframe and result columns (cells separated by tabs when pasted from Word). Nothing was imported.",
  NO_TASKS: "The plan table has no tasks: no row is numbered.",
  MALFORMED_DOCX:
    "The file cannot be read: it is not a valid Word .docx or it is damaged. Save a .doc (Word 97–2003) as .docx in Word first.",
  DOCX_TOO_LARGE:
    "The .docx expands to too much content (at most 32 MB) and was not read. Remove images or embedded files, or paste the decision's text instead.",
  DOCX_TOO_MANY_ENTRIES:
    "The .docx has too many parts (at most 1,000) and was not read. Save it again as .docx in Word, or paste the decision's text instead.",
};

/** Input that cannot become a plan. Nothing is created; `message` is shown to the user as is. */
export class PlanImportError extends Error {
  override readonly name = "PlanImportError";

  constructor(
    readonly code: PlanImportErrorCode,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[code], options);
  }

  get messageEn(): string {
    return MESSAGES_EN[this.code];
  }
}
