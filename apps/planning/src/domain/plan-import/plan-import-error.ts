export type PlanImportErrorCode = "EMPTY_DOCUMENT" | "NO_TABLE" | "NO_TASKS" | "MALFORMED_DOCX";

const MESSAGES: Record<PlanImportErrorCode, string> = {
  EMPTY_DOCUMENT: "Văn bản trống: không có nội dung nào để nhập. Hãy dán toàn văn quyết định kèm bảng kế hoạch, hoặc tải lên tệp .docx.",
  NO_TABLE:
    "Không tìm thấy bảng nhiệm vụ của kế hoạch. Văn bản cần có dòng tiêu đề bảng gồm các cột “Stt”, “Nội dung công việc”, “Thời gian thực hiện”, “Đơn vị chủ trì”, “Đơn vị phối hợp”, “Kết quả” (khi dán từ Word, các ô được ngăn cách bằng ký tự Tab).",
  NO_TASKS: "Bảng kế hoạch không có nhiệm vụ nào: không có dòng nào được đánh số thứ tự.",
  MALFORMED_DOCX:
    "Không đọc được tệp: đây không phải tệp Word .docx hợp lệ hoặc tệp đã bị hỏng. Nếu là tệp .doc (Word 97–2003), hãy mở bằng Word và lưu lại dưới dạng .docx.",
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
}
