/**
 * The plan as a state document (Decree 30/2020/NĐ-CP layout, @tthc/documents): the decision that issues
 * the plan, then the task annex (landscape, as wide tables may be) with the columns of the decision's own table.
 */
import { placeAndDate, stateDocumentDocx, type Column, type Row } from "@tthc/documents";

export interface DocxTask {
  number: string;
  content: string;
  timeframeText: string;
  leadUnits: string;
  coordinatingUnits: string;
  resultItems: string[];
  expectedResult: string;
}

export interface DocxPlan {
  year: number;
  title: string;
  issuer: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  place: string;
  signingCapacity: string | null;
  signerTitle: string | null;
  signer: string | null;
  sections: Array<{ number: string | null; title: string; tasks: DocxTask[] }>;
}

/** The annex columns and their shares of the width, as in the decision's table. */
const ANNEX_COLUMNS: Column[] = [
  { title: "TT", share: 5 },
  { title: "Nội dung công việc", share: 33 },
  { title: "Thời gian thực hiện", share: 13 },
  { title: "Cơ quan chủ trì", share: 15 },
  { title: "Cơ quan phối hợp", share: 15 },
  { title: "Kết quả/sản phẩm", share: 19 },
];

const SYMBOL = "QĐ-UBND";

export async function planDocx(plan: DocxPlan): Promise<Buffer> {
  const rows: Row[] = plan.sections.flatMap((section) => [
    { span: { number: section.number ?? "", title: section.title } },
    ...section.tasks.map((task) => [
      task.number,
      task.content,
      task.timeframeText,
      task.leadUnits,
      task.coordinatingUnits,
      task.resultItems.length > 1 ? task.resultItems.map((i) => `- ${i}`).join("\n") : task.expectedResult,
    ]),
  ]);
  // "ngày 05 tháng 01 năm 2024" (blanks when not dated yet): the place-and-date line without its place.
  const decisionDay = placeAndDate("", plan.decisionDate, plan.year).replace(/^, /, "");
  return stateDocumentDocx({
    issuer: plan.issuer,
    number: plan.decisionNumber,
    symbol: SYMBOL,
    place: plan.place,
    date: plan.decisionDate,
    year: plan.year,
    kind: "QUYẾT ĐỊNH",
    title: [`Ban hành Kế hoạch ${plan.title}`],
    metadataTitle: plan.title,
    body: [{ kind: "paragraph", text: `Điều 1. Ban hành kèm theo Quyết định này Kế hoạch ${plan.title} (Phụ lục kèm theo).` }],
    signature: { capacity: plan.signingCapacity, title: plan.signerTitle, name: plan.signer },
    annexes: [
      {
        heading: ["PHỤ LỤC", `KẾ HOẠCH ${plan.title.toUpperCase()}`],
        note: `(Kèm theo Quyết định số ${plan.decisionNumber ?? `      /${SYMBOL}`} ${decisionDay} của ${plan.issuer})`,
        landscape: true,
        body: [{ kind: "table", columns: ANNEX_COLUMNS, rows }],
      },
    ],
  });
}
