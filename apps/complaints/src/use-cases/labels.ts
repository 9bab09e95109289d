/**
 * The names of statuses as people read them, in both languages of the UI: served by the API
 * (statusText), quoted in the domain's refusals and written into the XLSX register. The domain
 * itself only knows the codes.
 */
import type { StatusLabels } from "../domain/index.ts";

export const STATUS_LABELS: StatusLabels = {
  received: { vi: "Đã tiếp nhận", en: "Received" },
  classified: { vi: "Đã phân loại", en: "Classified" },
  transferred: { vi: "Đang xử lý", en: "Transferred" },
  handled: { vi: "Đã dự thảo trả lời", en: "Answer drafted" },
  approved: { vi: "Đã phê duyệt trả lời", en: "Answer approved" },
  answered: { vi: "Đã trả lời", en: "Answered" },
  published: { vi: "Đã công khai", en: "Published" },
  closed: { vi: "Đã kết thúc", en: "Closed" },
  returned: { vi: "Trả lại, hướng dẫn", en: "Returned (out of scope)" },
  merged: { vi: "Đã gộp với PAKN trùng", en: "Merged as a duplicate" },
  paused: { vi: "Tạm dừng, chờ bổ sung", en: "Paused, waiting for the sender" },
};
