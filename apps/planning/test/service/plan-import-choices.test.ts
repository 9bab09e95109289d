/**
 * The flow of issue 15 at the service (the browser test waits for the new web kit): a unit cell the
 * importer splits on a guess is reported with its readings; the user's choice is submitted with the
 * import and remembered for the issuer; the next import from that issuer uses it. Also a plan over
 * several years, an extra column kept as a task attribute, and a corrected column map.
 */
import { createEvent } from "@tthc/events";
import { applyUnitEvent } from "@tthc/unit-replica";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_UNITS, UNIT } from "../fixtures/units.ts";
import { ACTORS, errorOf, gql, IMPORT, ISSUE, startHarness, type Harness } from "../harness.ts";

const UNSURE = "Phòng Tư pháp, Văn hóa và Thông tin";

function plan(number: string, rows: readonly string[]): string {
  return [
    "ỦY BAN NHÂN DÂN",
    "",
    "THÀNH PHỐ HƯNG YÊN",
    "",
    `Số: ${number}/KH-UBND`,
    "",
    "Hưng Yên, ngày 20 tháng 12 năm 2024",
    "",
    "KẾ HOẠCH",
    "",
    "KIỂM SOÁT THỦ TỤC HÀNH CHÍNH GIAI ĐOẠN 2025 - 2026",
    "",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
    "",
    "TT\tNội dung thực hiện\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tNguồn kinh phí",
    "I\tCÔNG KHAI THỦ TỤC HÀNH CHÍNH\t\t\t\t",
    ...rows,
  ].join("\n");
}

const FIRST = plan("12", [
  `1\tNiêm yết thủ tục hành chính tại trụ sở\t${UNSURE}\tPhòng Tài chính - Kế hoạch\tNăm 2025 - 2026\tNgân sách thành phố`,
  "2\tRà soát quy định\tVăn phòng HĐND-UBND thành phố\tUBND các phường, xã\tQuý IV-2025\t",
]);
const SECOND = plan("13", [`1\tCập nhật dữ liệu thủ tục hành chính\t${UNSURE}\t\t2026\tNgân sách thành phố`]);

const PREVIEW = `query($input: PlanDocumentInput!) {
  previewPlanImport(input: $input) {
    year lastYear title unresolvedCount issuingUnit { id }
    columns { index header role }
    unitSplits { text names alternatives source places { sectionOrder task field } }
    tasks { label leadUnitNames attributes { name value } timeframe { parts { kind fromYear toYear quarters year } unparsed } }
  }
}`;

interface Preview {
  year: number;
  lastYear: number;
  title: string;
  unresolvedCount: number;
  issuingUnit: { id: string };
  columns: Array<{ index: number; header: string; role: string }>;
  unitSplits: Array<{ text: string; names: string[]; alternatives: string[][]; source: string; places: unknown[] }>;
  tasks: Array<{
    label: string;
    leadUnitNames: string[];
    attributes: Array<{ name: string; value: string }>;
    timeframe: { parts: Array<Record<string, unknown>>; unparsed: string[] };
  }>;
}

const CHOICE = { text: UNSURE, names: ["Phòng Tư pháp", "Phòng Văn hóa và Thông tin"] };

describe("plan import: uncertain unit splits, remembered per issuer; years; columns", () => {
  let h: Harness;
  const preview = async (input: Record<string, unknown>) => {
    const r = await gql<{ previewPlanImport: Preview }>(h.app, PREVIEW, { input }, ACTORS.admin);
    expect(r.errors).toBeUndefined();
    return r.data!.previewPlanImport;
  };

  beforeAll(async () => {
    h = await startHarness("import_choices");
  });
  afterAll(async () => {
    await h?.close();
  });

  it("reports a split it guessed, with the other readings and where it occurs", async () => {
    const p = await preview({ text: FIRST });
    // The issuer written over two lines with a blank line between is the city.
    expect(p.issuingUnit.id).toBe(UNIT.city);
    expect({ year: p.year, lastYear: p.lastYear }).toEqual({ year: 2025, lastYear: 2026 });
    expect(p.unitSplits).toEqual([
      {
        text: UNSURE,
        names: [UNSURE],
        alternatives: [[UNSURE], ["Phòng Tư pháp", "Văn hóa", "Thông tin"]],
        source: "guess",
        places: [{ sectionOrder: 1, task: "I.1", field: "lead" }],
      },
    ]);
    expect(p.tasks[0]?.leadUnitNames).toEqual([UNSURE]);
    expect(p.unresolvedCount).toBe(1); // the name kept whole is no unit of the directory
  });

  it("reads the extra column as an attribute, the years and the quarter with its year", async () => {
    const p = await preview({ text: FIRST });
    expect(p.columns.map((c) => [c.header, c.role])).toEqual([
      ["TT", "NUMBER"],
      ["Nội dung thực hiện", "CONTENT"],
      ["Cơ quan chủ trì", "LEAD"],
      ["Cơ quan phối hợp", "COORDINATING"],
      ["Thời gian hoàn thành", "TIMEFRAME"],
      ["Nguồn kinh phí", "EXTRA"],
    ]);
    expect(p.tasks[0]?.attributes).toEqual([{ name: "Nguồn kinh phí", value: "Ngân sách thành phố" }]);
    expect(p.tasks[0]?.timeframe).toEqual({
      parts: [{ kind: "years", fromYear: 2025, toYear: 2026, quarters: null, year: null }],
      unparsed: [],
    });
    expect(p.tasks[1]?.timeframe.parts).toEqual([{ kind: "quarters", quarters: [4], year: 2025, fromYear: null, toYear: null }]);

    const corrected = await preview({ text: FIRST, columns: [{ header: "Nguồn kinh phí", role: "IGNORE" }] });
    expect(corrected.tasks[0]?.attributes).toEqual([]);
    expect(corrected.columns.at(-1)).toEqual({ index: 5, header: "Nguồn kinh phí", role: "IGNORE" });
  });

  it("refuses a choice for a cell the document does not have, and stores nothing", async () => {
    const r = await gql(h.app, IMPORT, { input: { text: FIRST, splitChoices: [{ text: "Phòng Không Có", names: ["A"] }] } }, ACTORS.admin);
    expect(errorOf(r)).toMatchObject({ code: "BAD_USER_INPUT", field: "splitChoices" });
    expect(errorOf(r).message).toMatch(/không có trong văn bản/);
    expect(await h.db.plan.count()).toBe(0);
    expect(await h.db.unitSplitChoice.count()).toBe(0);
  });

  it("imports with the user's choice, remembers it, and the next import from the issuer uses it", async () => {
    const chosen = await preview({ text: FIRST, splitChoices: [CHOICE] });
    expect(chosen.tasks[0]?.leadUnitNames).toEqual(CHOICE.names);
    expect(chosen.unresolvedCount).toBe(0);

    const imported = await gql<{ importPlan: { id: string; year: number; title: string } }>(
      h.app,
      IMPORT,
      { input: { text: FIRST, splitChoices: [CHOICE] } },
      ACTORS.admin,
    );
    expect(imported.errors).toBeUndefined();
    const id = imported.data!.importPlan.id;
    const stored = await h.db.plan.findUniqueOrThrow({
      where: { id },
      include: { tasks: { include: { units: true }, orderBy: { order: "asc" } } },
    });
    expect({ year: stored.year, lastYear: stored.lastYear }).toEqual({ year: 2025, lastYear: 2026 });
    expect(stored.tasks[0]?.attributes).toEqual({ "Nguồn kinh phí": "Ngân sách thành phố" });
    expect(stored.tasks[0]?.units.filter((u) => u.role === "lead").map((u) => u.unitId)).toEqual([UNIT.tuPhap, UNIT.vanHoa]);
    expect(await h.db.unitSplitChoice.findMany({ select: { issuingUnitId: true, writtenText: true, names: true } })).toEqual([
      { issuingUnitId: UNIT.city, writtenText: UNSURE, names: CHOICE.names },
    ]);

    // A second document of the same issuer: the remembered reading, shown as such, no mapping needed.
    const next = await preview({ text: SECOND });
    expect(next.tasks[0]?.leadUnitNames).toEqual(CHOICE.names);
    expect(next.unitSplits.map((s) => [s.text, s.source, s.names])).toEqual([[UNSURE, "remembered", CHOICE.names]]);
    expect(next.unresolvedCount).toBe(0);
  });

  it("knows a unit by an alternative name the directory gives it, and is then sure of the split", async () => {
    const vanHoa = FIXTURE_UNITS.find((u) => u.id === UNIT.vanHoa)!;
    const unit = { ...vanHoa, alternativeNames: ["Văn hóa và Thông tin"] };
    await h.db.$transaction((tx) =>
      applyUnitEvent(
        createEvent("directory.unit.updated", { source: "directory", subject: unit.id, data: { unit, changed: ["alternativeNames"] } }),
        tx,
      ),
    );
    const p = await preview({ text: plan("14", [`1\tRà soát\tPhòng Tài chính - Kế hoạch, Văn hóa và Thông tin\t\t2025\t`]) });
    expect(p.tasks[0]?.leadUnitNames).toEqual(["Phòng Tài chính - Kế hoạch", "Văn hóa và Thông tin"]);
    expect(p.unitSplits).toEqual([]);
    expect(p.unresolvedCount).toBe(0);
  });

  it("issues a two-year plan with the work of each of its years", async () => {
    const id = (await h.db.plan.findFirstOrThrow({ select: { id: true } })).id;
    const issued = await gql(h.app, ISSUE, { id }, ACTORS.admin);
    expect(issued.errors).toBeUndefined();
    const occurrences = await h.db.occurrence.findMany({
      where: { planId: id },
      select: { key: true, unitId: true },
      orderBy: [{ key: "asc" }, { unitId: "asc" }],
    });
    expect(occurrences).toEqual([
      { key: "2025-Q4", unitId: UNIT.vanPhong },
      { key: "2025-Y", unitId: UNIT.tuPhap },
      { key: "2025-Y", unitId: UNIT.vanHoa },
      { key: "2026-Y", unitId: UNIT.tuPhap },
      { key: "2026-Y", unitId: UNIT.vanHoa },
    ]);
  });

  it("copies a plan over two years to the next two, with its attributes", async () => {
    const id = (await h.db.plan.findFirstOrThrow({ select: { id: true } })).id;
    const copied = await gql<{ copyPlan: { id: string; year: number } }>(
      h.app,
      `mutation($id: ID!, $year: Int!) { copyPlan(id: $id, year: $year) { id year lastYear } }`,
      { id, year: 2027 },
      ACTORS.admin,
    );
    expect(copied.errors).toBeUndefined();
    expect(copied.data!.copyPlan).toMatchObject({ year: 2027, lastYear: 2028 });
    const task = await h.db.task.findFirstOrThrow({ where: { planId: copied.data!.copyPlan.id, order: 1 } });
    expect(task.attributes).toEqual({ "Nguồn kinh phí": "Ngân sách thành phố" });
    expect(task.timeframe).toMatchObject({ parts: [{ kind: "years", from: 2027, to: 2028 }] });
  });
});
