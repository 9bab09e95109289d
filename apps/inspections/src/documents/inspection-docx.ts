/**
 * The inspection's two state documents (Decree 30/2020 layout through @tthc/documents): the record of
 * the visit (biên bản kiểm tra), signed by the team's lead and the inspected unit, and the conclusion
 * notice (thông báo kết luận kiểm tra) the city office issues with its number. Both read the same facts:
 * the unit, the visit's days, the team and the decision that formed it, a summary of the checklist, the
 * findings and the recommendations with their due days. The content of a notice is not set by law
 * (docs/domain.md §8, [U]); this follows the usual practice the domain notes describe.
 */
import { placeAndDate, stateDocumentDocx, type Block, type Row } from "@tthc/documents";

export interface DocumentSettings {
  /** The issuing body (the city office) and the body above it; configuration (env), not constants. */
  issuer: string;
  parentIssuer: string | null;
  place: string;
}

export interface InspectionFacts {
  unitName: string;
  /** "định kỳ", "đột xuất", "chuyên đề". */
  typeLabel: string;
  focus: string;
  startDay: string | null;
  endDay: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  conclusionNumber: string | null;
  concludedOn: string | null;
  /** The year the documents are dated in when a day is not known yet. */
  year: number;
  team: Array<{ name: string; roleLabel: string; lead: boolean }>;
  /** One line per checklist group: how many criteria, how many the team assessed, how many differ from the unit's. */
  checklist: Array<{ group: string; criteria: number; assessed: number; differing: number }>;
  findings: Array<{
    criterion: string | null;
    severityLabel: string;
    description: string;
    recommendations: Array<{ text: string; responsibleUnit: string; dueDay: string }>;
  }>;
}

const day = (iso: string | null) => (iso ? iso.split("-").reverse().join("/") : "…/…/…");

/** The decision that formed the team, as both documents cite it. */
const decisionRef = (f: InspectionFacts) =>
  f.decisionNumber ? `Quyết định số ${f.decisionNumber} ngày ${day(f.decisionDate)}` : "quyết định thành lập đoàn kiểm tra";

function teamBlock(f: InspectionFacts): Block[] {
  return f.team.length === 0
    ? [{ kind: "paragraph", text: "Chưa có thành viên đoàn kiểm tra." }]
    : f.team.map((m) => ({ kind: "paragraph" as const, text: `- Ông/Bà ${m.name}, ${m.roleLabel}.` }));
}

function checklistBlock(f: InspectionFacts): Block {
  const rows: Row[] = f.checklist.map((g, i) => [String(i + 1), g.group, String(g.criteria), String(g.assessed), String(g.differing)]);
  return {
    kind: "table",
    columns: [
      { title: "TT", share: 6 },
      { title: "Nhóm tiêu chí", share: 52 },
      { title: "Số tiêu chí", share: 12 },
      { title: "Đoàn đã đánh giá", share: 15 },
      { title: "Khác với tự đánh giá", share: 15 },
    ],
    rows,
  };
}

function findingsBlocks(f: InspectionFacts): Block[] {
  if (f.findings.length === 0) return [{ kind: "paragraph", text: "Đoàn kiểm tra không ghi nhận tồn tại, hạn chế." }];
  return f.findings.map((finding, i) => ({
    kind: "paragraph" as const,
    text: `${i + 1}. ${finding.description} (mức độ: ${finding.severityLabel}${finding.criterion ? `; tiêu chí: ${finding.criterion}` : ""}).`,
  }));
}

function recommendationsBlock(f: InspectionFacts): Block {
  const rows: Row[] = f.findings
    .flatMap((finding) => finding.recommendations)
    .map((r, i) => [String(i + 1), r.text, r.responsibleUnit, day(r.dueDay)]);
  return {
    kind: "table",
    columns: [
      { title: "TT", share: 6 },
      { title: "Nội dung kiến nghị", share: 54 },
      { title: "Đơn vị thực hiện", share: 24 },
      { title: "Thời hạn", share: 16 },
    ],
    rows,
  };
}

const visit = (f: InspectionFacts) => `từ ngày ${day(f.startDay)} đến ngày ${day(f.endDay)}`;

/** Biên bản kiểm tra: what the team saw during the visit, signed by the lead and by the unit. */
export function inspectionRecordDocx(f: InspectionFacts, settings: DocumentSettings): Promise<Buffer> {
  const lead = f.team.find((m) => m.lead);
  const when = f.endDay ?? null;
  return stateDocumentDocx({
    issuer: settings.issuer,
    parentIssuer: settings.parentIssuer,
    number: null,
    symbol: "BB-ĐKT",
    place: settings.place,
    date: when,
    year: f.year,
    kind: "BIÊN BẢN",
    title: [`Kiểm tra công tác kiểm soát thủ tục hành chính tại ${f.unitName}`],
    body: [
      {
        kind: "paragraph",
        text: `Thực hiện ${decisionRef(f)} về việc thành lập Đoàn kiểm tra, ${visit(f)}, Đoàn kiểm tra đã tiến hành kiểm tra ${f.typeLabel} tại ${f.unitName}. Nội dung trọng tâm: ${f.focus}.`,
      },
      { kind: "section", number: "I", title: "THÀNH PHẦN ĐOÀN KIỂM TRA", blocks: teamBlock(f) },
      { kind: "section", number: "II", title: "KẾT QUẢ KIỂM TRA THEO PHIẾU", blocks: [checklistBlock(f)] },
      { kind: "section", number: "III", title: "TỒN TẠI, HẠN CHẾ", blocks: findingsBlocks(f) },
      { kind: "section", number: "IV", title: "KIẾN NGHỊ", blocks: [recommendationsBlock(f)] },
      {
        kind: "paragraph",
        text: "Biên bản được lập thành 02 bản có giá trị như nhau, Đoàn kiểm tra giữ 01 bản, đơn vị được kiểm tra giữ 01 bản.",
      },
    ],
    signature: [{ capacity: `ĐẠI DIỆN ${f.unitName.toUpperCase()}` }, { capacity: "TRƯỞNG ĐOÀN KIỂM TRA", name: lead?.name ?? null }],
  });
}

/** Thông báo kết luận kiểm tra: issued with its number when the inspection is concluded. */
export function conclusionNoticeDocx(f: InspectionFacts, settings: DocumentSettings): Promise<Buffer> {
  const datedIn = f.concludedOn ? Number(f.concludedOn.slice(0, 4)) : f.year;
  return stateDocumentDocx({
    issuer: settings.issuer,
    parentIssuer: settings.parentIssuer,
    number: f.conclusionNumber,
    symbol: "TB-VP",
    place: settings.place,
    date: f.concludedOn,
    year: datedIn,
    kind: "THÔNG BÁO",
    title: [`Kết luận kiểm tra công tác kiểm soát thủ tục hành chính tại ${f.unitName}`],
    body: [
      {
        kind: "paragraph",
        text: `Thực hiện ${decisionRef(f)}, Đoàn kiểm tra đã kiểm tra tại ${f.unitName} ${visit(f)}. Trên cơ sở báo cáo tự đánh giá của đơn vị và kết quả kiểm tra, ${settings.issuer} thông báo kết luận như sau:`,
      },
      { kind: "section", number: "I", title: "KẾT QUẢ KIỂM TRA", blocks: [checklistBlock(f)] },
      { kind: "section", number: "II", title: "TỒN TẠI, HẠN CHẾ", blocks: findingsBlocks(f) },
      {
        kind: "section",
        number: "III",
        title: "KIẾN NGHỊ VÀ THỜI HẠN KHẮC PHỤC",
        blocks: [
          recommendationsBlock(f),
          {
            kind: "paragraph",
            text: "Đơn vị báo cáo kết quả khắc phục từng kiến nghị kèm tài liệu chứng minh trước thời hạn nêu trên.",
          },
        ],
      },
    ],
    recipients: [f.unitName, "Lưu: VT"],
    signature: { capacity: "TM. ĐOÀN KIỂM TRA", title: "TRƯỞNG ĐOÀN", name: f.team.find((m) => m.lead)?.name ?? null },
    metadataTitle: `Thông báo kết luận kiểm tra ${placeAndDate("", f.concludedOn, datedIn).replace(/^, /, "")}`,
  });
}
