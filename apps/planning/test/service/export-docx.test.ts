import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTORS, actorHeaders, errorOf, gql, importSeed, startHarness, type Harness } from "../harness.ts";

const EXPORT = `mutation($p: ID!) { exportPlanDocx(planId: $p) { id name size url } }`;

/** Rows of the HTML tables mammoth reads, each as its cells' text. */
function tableRows(html: string): string[][] {
  return [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) =>
    [...row[1]!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/gs)].map((c) =>
      c[1]!
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    ),
  );
}

describe("exporting a plan to DOCX (Decree 30/2020 layout)", () => {
  let h: Harness;
  let planId: string;

  beforeAll(async () => {
    h = await startHarness("export");
    planId = await importSeed(h.app, { issue: false });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("exports the seed plan as a stored DOCX whose annex has every section and the 23 tasks", async () => {
    expect(errorOf(await gql(h.app, EXPORT, { p: planId }, ACTORS.leLoi)).code).toBe("NOT_FOUND"); // a draft is not theirs to read
    const r = await gql<{ exportPlanDocx: { id: string; name: string; size: number; url: string } }>(
      h.app,
      EXPORT,
      { p: planId },
      ACTORS.admin,
    );
    expect(r.errors).toBeUndefined();
    const file = r.data!.exportPlanDocx;
    expect(file).toMatchObject({ name: "Ke-hoach-2024.docx", url: `/files/planning/${file.id}` });

    const res = await h.app.inject({ method: "GET", url: `/files/${file.id}`, headers: await actorHeaders(ACTORS.admin) });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("wordprocessingml");
    const bytes = res.rawPayload;
    expect(bytes.length).toBe(file.size);

    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    const rows = tableRows(html);
    const header = rows.find((row) => row[0] === "TT");
    expect(header).toEqual(["TT", "Nội dung công việc", "Thời gian thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả/sản phẩm"]);
    const annex = rows.slice(rows.indexOf(header!) + 1);
    const sectionRows = annex.filter((row) => row.length === 2);
    const taskRows = annex.filter((row) => row.length === 6);
    expect(sectionRows.map((row) => row[0])).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "VIII", "IX"]);
    expect(taskRows).toHaveLength(23);
    expect(taskRows.find((row) => row[2] === "Quý II, IV")).toBeDefined();

    const { value: textContent } = await mammoth.extractRawText({ buffer: bytes });
    expect(textContent).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(textContent).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(textContent).toContain("ỦY BAN NHÂN DÂN THÀNH PHỐ HƯNG YÊN");
    expect(textContent).toMatch(/Hưng Yên, ngày\s+tháng\s+năm 2024/);
    expect(textContent).toContain("PHỤ LỤC");
    // Stored text is never markup in the document either: a cell's "<ul …>" was dropped at import, its items kept.
    expect(textContent).not.toMatch(/<ul/);
  });
});
