/**
 * Checklists (phiếu kiểm tra): groups of criteria, each assessed one way. A template is data the city
 * office edits; every edit is a new version, and an inspection copies its version's criteria when it
 * starts, so a later edit never rewrites an inspection already under way.
 */
import { refusal, type DomainError } from "./errors.ts";

export type AssessmentKind = "yes_no" | "count" | "rate" | "score";

export interface ChecklistCriterion {
  code: string;
  text: string;
  kind: AssessmentKind;
  /** The top of a 0–N score; only for `score`. */
  maxScore?: number | null;
}

export interface ChecklistGroup {
  code: string;
  name: string;
  criteria: ChecklistCriterion[];
}

const MAX_SCORE_LIMIT = 100;

/** What is wrong with a template's groups, or null: names, unique codes, a score's top. */
export function templateProblem(groups: readonly ChecklistGroup[]): DomainError | null {
  if (groups.length === 0)
    return refusal(
      "EMPTY_TEMPLATE",
      "Mẫu phiếu kiểm tra phải có ít nhất một nhóm tiêu chí.",
      "A template needs at least one group.",
      "groups",
    );
  const groupCodes = new Set<string>();
  const criterionCodes = new Set<string>();
  for (const group of groups) {
    if (!group.code.trim() || !group.name.trim())
      return refusal("BLANK_GROUP", "Mỗi nhóm tiêu chí cần có mã và tên.", "Every group needs a code and a name.", "groups");
    if (groupCodes.has(group.code))
      return refusal("DUPLICATE_CODE", `Mã nhóm "${group.code}" bị trùng.`, `Group code "${group.code}" is repeated.`, "groups");
    groupCodes.add(group.code);
    if (group.criteria.length === 0)
      return refusal("EMPTY_GROUP", `Nhóm "${group.name}" chưa có tiêu chí nào.`, `Group "${group.name}" has no criteria.`, "groups");
    for (const c of group.criteria) {
      if (!c.code.trim() || !c.text.trim())
        return refusal(
          "BLANK_CRITERION",
          `Mỗi tiêu chí của nhóm "${group.name}" cần có mã và nội dung.`,
          `Every criterion needs a code and a text.`,
          "groups",
        );
      if (criterionCodes.has(c.code))
        return refusal("DUPLICATE_CODE", `Mã tiêu chí "${c.code}" bị trùng.`, `Criterion code "${c.code}" is repeated.`, "groups");
      criterionCodes.add(c.code);
      const max = c.maxScore ?? null;
      if (c.kind === "score" && (max === null || !Number.isInteger(max) || max < 1 || max > MAX_SCORE_LIMIT))
        return refusal(
          "BAD_MAX_SCORE",
          `Tiêu chí "${c.code}" chấm điểm cần điểm tối đa là số nguyên từ 1 đến ${MAX_SCORE_LIMIT}.`,
          `Criterion "${c.code}" is scored and needs a whole maximum from 1 to ${MAX_SCORE_LIMIT}.`,
          "groups",
        );
      if (c.kind !== "score" && max !== null)
        return refusal(
          "BAD_MAX_SCORE",
          `Chỉ tiêu chí chấm điểm mới có điểm tối đa ("${c.code}").`,
          `Only scored criteria have a maximum ("${c.code}").`,
          "groups",
        );
    }
  }
  return null;
}

/** Is `value` a valid answer to the criterion? yes/no is 1 or 0, a count a whole number ≥ 0, a rate 0–100 (%), a score 0–N. */
export function answerValueProblem(
  criterion: { code: string; kind: AssessmentKind; maxScore: number | null },
  value: number,
): DomainError | null {
  const bad = (vi: string, en: string) =>
    refusal("ANSWER_OUT_OF_RANGE", `Tiêu chí ${criterion.code}: ${vi}`, `Criterion ${criterion.code}: ${en}`, "answers");
  if (!Number.isFinite(value)) return bad("giá trị không hợp lệ.", "not a number.");
  switch (criterion.kind) {
    case "yes_no":
      return value === 0 || value === 1 ? null : bad("chỉ nhận Có (1) hoặc Không (0).", "only yes (1) or no (0).");
    case "count":
      return Number.isInteger(value) && value >= 0 ? null : bad("số lượng phải là số nguyên không âm.", "a count is a whole number ≥ 0.");
    case "rate":
      return value >= 0 && value <= 100 ? null : bad("tỷ lệ phải từ 0 đến 100%.", "a rate is from 0 to 100 %.");
    case "score": {
      const max = criterion.maxScore ?? 0;
      return Number.isInteger(value) && value >= 0 && value <= max
        ? null
        : bad(`điểm phải là số nguyên từ 0 đến ${max}.`, `a score is a whole number from 0 to ${max}.`);
    }
  }
}

/** The team's and the unit's columns disagree (highlighted in the checklist); unanswered is not a difference. */
export function assessmentsDiffer(selfValue: number | null, teamValue: number | null): boolean {
  return selfValue !== null && teamValue !== null && selfValue !== teamValue;
}

/** The code of the template seeded at the service's first start. */
export const DEFAULT_TEMPLATE_CODE = "kiem-tra-kstthc";
export const DEFAULT_TEMPLATE_NAME = "Phiếu kiểm tra công tác kiểm soát TTHC, một cửa và dịch vụ công trực tuyến";

/** The seven groups of issue 11 (the content of Decree 63/2010 Art 35a and Decree 61/2018, Decree 45/2020, Decree 107/2021). */
export const DEFAULT_TEMPLATE_GROUPS: ChecklistGroup[] = [
  {
    code: "1",
    name: "Công khai thủ tục hành chính",
    criteria: [
      { code: "1.1", text: "Niêm yết công khai đầy đủ, đúng quy định các TTHC tại Bộ phận Một cửa", kind: "yes_no" },
      { code: "1.2", text: "Tỷ lệ TTHC được công khai trên Cổng dịch vụ công", kind: "rate" },
      { code: "1.3", text: "Số TTHC niêm yết chưa cập nhật theo quyết định công bố mới", kind: "count" },
    ],
  },
  {
    code: "2",
    name: "Cơ sở vật chất, trang thiết bị và nhân sự của Bộ phận Một cửa",
    criteria: [
      { code: "2.1", text: "Diện tích, bố trí khu vực tiếp nhận và trả kết quả đáp ứng quy định", kind: "yes_no" },
      { code: "2.2", text: "Trang thiết bị (máy tính, máy quét, màn hình tra cứu, ghế chờ)", kind: "score", maxScore: 5 },
      { code: "2.3", text: "Công chức được cử làm việc tại Bộ phận Một cửa đủ số lượng, đúng tiêu chuẩn", kind: "yes_no" },
    ],
  },
  {
    code: "3",
    name: "Giải quyết hồ sơ đúng hạn và phiếu xin lỗi đối với hồ sơ trễ hạn",
    criteria: [
      { code: "3.1", text: "Tỷ lệ hồ sơ giải quyết đúng hạn", kind: "rate" },
      { code: "3.2", text: "Số hồ sơ trễ hạn", kind: "count" },
      { code: "3.3", text: "Hồ sơ trễ hạn đều có phiếu xin lỗi và hẹn lại ngày trả kết quả", kind: "yes_no" },
    ],
  },
  {
    code: "4",
    name: "Dịch vụ công trực tuyến và thanh toán trực tuyến",
    criteria: [
      { code: "4.1", text: "Tỷ lệ hồ sơ tiếp nhận trực tuyến", kind: "rate" },
      { code: "4.2", text: "Tỷ lệ hồ sơ có thanh toán trực tuyến phí, lệ phí", kind: "rate" },
    ],
  },
  {
    code: "5",
    name: "Số hóa hồ sơ, kết quả giải quyết TTHC",
    criteria: [
      { code: "5.1", text: "Tỷ lệ hồ sơ được số hóa khi tiếp nhận", kind: "rate" },
      { code: "5.2", text: "Tỷ lệ kết quả giải quyết TTHC được số hóa", kind: "rate" },
    ],
  },
  {
    code: "6",
    name: "Tiếp nhận, xử lý phản ánh, kiến nghị",
    criteria: [
      { code: "6.1", text: "Số phản ánh, kiến nghị được tiếp nhận", kind: "count" },
      { code: "6.2", text: "Số phản ánh, kiến nghị xử lý quá hạn", kind: "count" },
      { code: "6.3", text: "Công khai kết quả xử lý phản ánh, kiến nghị", kind: "yes_no" },
    ],
  },
  {
    code: "7",
    name: "Chế độ thông tin, báo cáo",
    criteria: [
      { code: "7.1", text: "Báo cáo định kỳ gửi đúng hạn", kind: "yes_no" },
      { code: "7.2", text: "Chất lượng, đầy đủ nội dung báo cáo", kind: "score", maxScore: 10 },
    ],
  },
];
