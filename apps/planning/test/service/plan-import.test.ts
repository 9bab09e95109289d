import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HEADER_ROW, smallPlan } from "../fixtures/small-plan.ts";
import { UNIT } from "../fixtures/units.ts";
import { ACTORS, errorOf, gql, IMPORT, SEED_MAPPINGS, SEED_TEXT, startHarness, type Harness } from "../harness.ts";

const PREVIEW = `query($input: PlanDocumentInput!) {
  previewPlanImport(input: $input) {
    year title unitPlanDeadline issuingUnit { id name } unresolvedCount
    decision { number date issuer signer }
    sections { order number title }
    tasks { label number content timeframeText leadUnitNames coordinatingUnitNames resultItems timeframe { parts { kind date } unparsed } }
    warnings { code message section task field }
    unitNames { name asLead asCoordinating resolved source unitId unitName rule memberCount }
  }
}`;

interface Preview {
  year: number;
  unitPlanDeadline: string;
  issuingUnit: { id: string };
  unresolvedCount: number;
  sections: Array<{ number: string }>;
  tasks: Array<{ label: string; content: string; leadUnitNames: string[] }>;
  warnings: Array<{ code: string; message: string }>;
  unitNames: Array<{
    name: string;
    resolved: boolean;
    source: string | null;
    unitId: string | null;
    rule: string | null;
    memberCount: number;
  }>;
}

describe("plan import", () => {
  let h: Harness;
  const counts = async () => ({
    plans: await h.db.plan.count(),
    tasks: await h.db.task.count(),
    mappings: await h.db.unitNameMapping.count(),
  });

  beforeAll(async () => {
    h = await startHarness("import");
  });
  afterAll(async () => {
    await h?.close();
  });

  it("previews the seed against the directory without storing anything", async () => {
    const r = await gql<{ previewPlanImport: Preview }>(h.app, PREVIEW, { input: { text: SEED_TEXT } }, ACTORS.admin);
    expect(r.errors).toBeUndefined();
    const p = r.data!.previewPlanImport;
    expect(p.year).toBe(2024);
    expect(p.unitPlanDeadline).toBe("2024-01-10");
    expect(p.issuingUnit.id).toBe(UNIT.city);
    expect(p.sections.map((s) => s.number)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "VIII", "IX"]);
    expect(p.tasks).toHaveLength(23);
    expect(p.warnings.map((w) => w.code)).toContain("DUPLICATE_SECTION_NUMBER");

    const byName = new Map(p.unitNames.map((n) => [n.name, n]));
    expect(byName.get("Văn phòng HĐND-UBND thành phố")).toMatchObject({ resolved: true, unitId: UNIT.vanPhong, source: "document" });
    expect(byName.get("Phòng Tài chính-Kế hoạch thành phố")).toMatchObject({ resolved: true, unitId: UNIT.taiChinh });
    expect(byName.get("Chủ tịch UBND thành phố")).toMatchObject({ resolved: true, unitId: UNIT.city });
    // Groups expand to the issuing unit's children as of the plan's date: the 2025 ward is not a member.
    expect(byName.get("UBND các phường, xã")).toMatchObject({ resolved: true, rule: "COMMUNES", memberCount: 3 });
    expect(byName.get("Các phòng, ban, đơn vị của UBND thành phố")).toMatchObject({ rule: "DEPARTMENTS", memberCount: 4 });
    expect(byName.get("Cá nhân, tổ chức có liên quan")).toMatchObject({ rule: "EXTERNAL", memberCount: 0 });
    expect(byName.get("Các Các phòng, ban, đơn vị của UBND thành phố")).toMatchObject({ resolved: true, source: "suggestion" });
    expect(
      p.unitNames
        .filter((n) => !n.resolved)
        .map((n) => n.name)
        .sort(),
    ).toEqual(SEED_MAPPINGS.map((m) => m.name).sort());
    expect(p.unresolvedCount).toBe(2);
    expect(await counts()).toEqual({ plans: 0, tasks: 0, mappings: 0 });
  });

  it("refuses bad documents with a Vietnamese message and creates nothing", async () => {
    const cases: Array<[string, RegExp]> = [
      ["   \n  ", /Văn bản trống/],
      ["QUYẾT ĐỊNH\nBan hành kế hoạch năm 2024\nKhông có bảng nào ở đây.", /Không tìm thấy bảng nhiệm vụ/],
      [smallPlan([]), /không có nhiệm vụ nào/],
    ];
    for (const [text, message] of cases) {
      for (const query of [PREVIEW, IMPORT]) {
        const r = await gql(h.app, query, { input: { text } }, ACTORS.admin);
        expect(errorOf(r)).toMatchObject({ code: "BAD_USER_INPUT", field: "text" });
        expect(errorOf(r).message).toMatch(message);
      }
    }
    expect(await counts()).toEqual({ plans: 0, tasks: 0, mappings: 0 });
  });

  it("refuses to import while a unit name is unknown, naming it", async () => {
    const r = await gql(h.app, IMPORT, { input: { text: SEED_TEXT } }, ACTORS.admin);
    expect(errorOf(r)).toMatchObject({ code: "BAD_USER_INPUT", field: "mappings" });
    expect(errorOf(r).message).toContain("phòng Văn hóa Thông tin thành phố");
    const unknownTarget = await gql(
      h.app,
      IMPORT,
      { input: { text: SEED_TEXT, mappings: [{ name: SEED_MAPPINGS[0]!.name, unitId: "no-such-unit" }] } },
      ACTORS.admin,
    );
    expect(errorOf(unknownTarget).message).toMatch(/không tồn tại trong danh mục/);
    // A ward of the 2025 reorganisation did not exist during the 2024 plan: the picker does not offer it and the service refuses it.
    const notYetCreated = await gql(
      h.app,
      IMPORT,
      { input: { text: SEED_TEXT, mappings: [{ name: SEED_MAPPINGS[0]!.name, unitId: UNIT.newWard2025 }] } },
      ACTORS.admin,
    );
    expect(errorOf(notYetCreated)).toMatchObject({ code: "BAD_USER_INPUT", field: "mappings" });
    expect(errorOf(notYetCreated).message).toMatch(
      /đơn vị được chọn không tồn tại trong thời gian của kế hoạch \(01\/01\/2024 – 31\/12\/2024\); khi đó đơn vị chưa được thành lập/,
    );
    const notInDocument = await gql(
      h.app,
      IMPORT,
      { input: { text: SEED_TEXT, mappings: [...SEED_MAPPINGS, { name: "Phòng Không Tồn Tại", unitId: UNIT.tuPhap }] } },
      ACTORS.admin,
    );
    expect(errorOf(notInDocument).message).toMatch(/không có trong văn bản/);
    expect(await counts()).toEqual({ plans: 0, tasks: 0, mappings: 0 });
  });

  it("is for the city office only", async () => {
    for (const actor of [ACTORS.leLoi, ACTORS.leader]) {
      expect(errorOf(await gql(h.app, PREVIEW, { input: { text: SEED_TEXT } }, actor)).code).toBe("FORBIDDEN");
      expect(errorOf(await gql(h.app, IMPORT, { input: { text: SEED_TEXT, mappings: SEED_MAPPINGS } }, actor)).code).toBe("FORBIDDEN");
    }
    expect(errorOf(await gql(h.app, PREVIEW, { input: { text: SEED_TEXT } })).code).toBe("UNAUTHENTICATED");
    expect(await counts()).toEqual({ plans: 0, tasks: 0, mappings: 0 });
  });

  it("imports the seed as a draft with every task and unit, and remembers the mappings", async () => {
    const r = await gql<{ importPlan: { id: string; status: string; taskCount: number; year: number } }>(
      h.app,
      IMPORT,
      { input: { text: SEED_TEXT, mappings: SEED_MAPPINGS } },
      ACTORS.admin,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.importPlan).toMatchObject({ status: "DRAFT", taskCount: 23, year: 2024 });
    const planId = r.data!.importPlan.id;

    const plan = await gql<{
      plan: {
        sections: Array<{
          number: string;
          tasks: Array<{
            label: string;
            leadUnits: Array<{ writtenName: string; unitId: string | null; unitName: string | null }>;
            coordinatingUnits: Array<{ unitId: string | null }>;
          }>;
        }>;
      };
    }>(
      h.app,
      `query($id: ID!) { plan(id: $id) { sections { number tasks { label leadUnits { writtenName unitId unitName } coordinatingUnits { unitId } } } } }`,
      { id: planId },
      ACTORS.admin,
    );
    const tasks = plan.data!.plan.sections.flatMap((s) => s.tasks);
    expect(tasks).toHaveLength(23);
    const ii4 = tasks.find((t) => t.label === "II.4")!;
    // "Các phòng, ban…; UBND các phường, xã" → 4 departments + 3 communes of 2024.
    expect(ii4.leadUnits).toHaveLength(7);
    expect(ii4.leadUnits.map((u) => u.unitId)).not.toContain(UNIT.newWard2025);
    expect(tasks.find((t) => t.label === "IV.2")!.leadUnits).toEqual([]);
    expect(await h.db.unitNameMapping.count()).toBe(2);

    // The next import of the same issuer needs no mapping.
    const preview = await gql<{ previewPlanImport: Preview }>(h.app, PREVIEW, { input: { text: SEED_TEXT } }, ACTORS.admin);
    expect(preview.data!.previewPlanImport.unresolvedCount).toBe(0);
    expect(preview.data!.previewPlanImport.unitNames.find((n) => n.name === SEED_MAPPINGS[1]!.name)).toMatchObject({
      source: "remembered",
      unitId: UNIT.vanHoa,
    });
  });

  it("keeps markup inside a cell as literal text", async () => {
    const text = smallPlan([`1\tNiêm yết <script>alert("x")</script> công khai\tQuý I\tPhòng Tư pháp\t\tBáo cáo`]).replace(
      "ỦY BAN NHÂN DÂN PHƯỜNG HỒNG CHÂU",
      "ỦY BAN NHÂN DÂN THÀNH PHỐ HƯNG YÊN",
    );
    expect(text).toContain(HEADER_ROW);
    const r = await gql<{ previewPlanImport: Preview }>(h.app, PREVIEW, { input: { text } }, ACTORS.admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.previewPlanImport.tasks[0]!.content).toBe('Niêm yết <script>alert("x")</script> công khai');
  });
});
