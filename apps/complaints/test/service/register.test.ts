import { ACTOR_HEADER, type Actor } from "@tthc/service-kit";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REGISTER_COLUMNS } from "../../src/use-cases/register-export.ts";
import { ACTORS, signAs, SUBMISSION, UNITS, complaintIdOf, errorCode, gql, ok, startHarness, submit, type Harness } from "../harness.ts";

let h: Harness;
let answeredCode: string;
let openCode: string;

const EXPORT = `mutation ($from: Date!, $to: Date!, $unitId: ID) { exportComplaintRegister(from: $from, to: $to, unitId: $unitId) { fileId name size rows } }`;
type Exported = { exportComplaintRegister: { fileId: string; name: string; size: number; rows: number } };

async function download(fileId: string, actor: Actor) {
  return h.app.inject({ method: "GET", url: `/files/${fileId}`, headers: { [ACTOR_HEADER]: await signAs(actor) } });
}

async function readSheet(bytes: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    // A merged title reads once, from its master cell.
    row.eachCell({ includeEmpty: true }, (cell) => void (cell.isMerged && cell.master !== cell ? undefined : cells.push(cell.text)));
    rows.push(cells);
  });
  return rows;
}

beforeAll(async () => {
  h = await startHarness("register", { now: new Date("2025-03-03T02:00:00Z") });
  const withPhone = { ...SUBMISSION, content: `${SUBMISSION.content} Xin liên hệ số 0912 345 678 hoặc an.nguyen@example.vn.` };
  answeredCode = ok(await submit(h.app, withPhone)).submitComplaint.trackingCode;
  openCode = ok(
    await submit(h.app, {
      ...SUBMISSION,
      content: "Đề nghị rút ngắn thời gian cấp giấy phép xây dựng nhà ở riêng lẻ tại phường Minh Khai.",
    }),
  ).submitComplaint.trackingCode;
  const id = await complaintIdOf(h.db, answeredCode);
  ok(
    await gql(
      h.app,
      `mutation ($id: ID!) { classifyComplaint(id: $id, input: { kind: FEEDBACK, category: "unsuitable", field: "Hộ tịch", regulation: "Đăng ký khai sinh" }) { id } }`,
      { id },
      ACTORS.admin,
    ),
  );
  ok(
    await gql(
      h.app,
      `mutation ($id: ID!, $u: ID!) { transferComplaint(id: $id, units: [{ unitId: $u, lead: true }]) { id } }`,
      { id, u: UNITS.leLoi.id },
      ACTORS.admin,
    ),
  );
  ok(
    await gql(
      h.app,
      `mutation ($id: ID!) { draftComplaintAnswer(id: $id, text: "Phường đã chấn chỉnh cán bộ tiếp nhận.", documentNumber: "30/UBND", documentDate: "2025-03-05") { id } }`,
      { id },
      ACTORS.leLoi,
    ),
  );
  ok(await gql(h.app, `mutation ($id: ID!) { approveComplaintAnswer(id: $id) { id } }`, { id }, ACTORS.admin));
  h.setNow(new Date("2025-03-06T03:00:00Z"));
  ok(await gql(h.app, `mutation ($id: ID!) { sendComplaintAnswer(id: $id) { id } }`, { id }, ACTORS.admin));
});
afterAll(async () => {
  await h?.close();
});

describe("the register of PAKN (sổ theo dõi) as XLSX", () => {
  it("lists every PAKN of the period for the city office, with the columns of the register and no sender data", async () => {
    const file = ok(await gql<Exported>(h.app, EXPORT, { from: "2025-03-01", to: "2025-03-31" }, ACTORS.admin)).exportComplaintRegister;
    expect(file).toMatchObject({ rows: 2, name: "so-theo-doi-pakn_2025-03-01_2025-03-31.xlsx" });
    const res = await download(file.fileId, ACTORS.admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const rows = await readSheet(res.rawPayload);
    expect(rows[0]).toEqual(["SỔ THEO DÕI PHẢN ÁNH, KIẾN NGHỊ"]);
    expect(rows[1]).toEqual(["Từ ngày 01/03/2025 đến ngày 31/03/2025"]);
    expect(rows[2]).toEqual([...REGISTER_COLUMNS]);
    const answered = rows.find((r) => r[1] === answeredCode)!;
    expect(rows.slice(3).map((r) => r[0])).toEqual(["1", "2"]);
    expect(answered.slice(2, 4)).toEqual(["03/03/2025", "Cổng thông tin (trực tuyến)"]);
    expect(answered[4]).toContain("[email đã ẩn]");
    expect(answered.slice(5)).toEqual([
      "Hộ tịch",
      UNITS.leLoi.name,
      expect.stringMatching(/^\d\d\/03\/2025$/),
      "06/03/2025",
      "Đúng hạn",
      "Đã trả lời",
    ]);
    const open = rows.find((r) => r[1] === openCode)!;
    expect(open.slice(5)).toEqual(["", "", expect.stringMatching(/^\d\d\/\d\d\/2025$/), "", "Trong hạn", "Đã tiếp nhận"]);
    const everything = JSON.stringify(rows);
    for (const personal of [SUBMISSION.senderName, "0912 345 678", "an.nguyen@example.vn", "Số 12 phố Điện Biên"])
      expect(everything).not.toContain(personal);
  });

  it("gives a unit officer only their own unit's PAKN, and refuses another unit's register", async () => {
    const own = ok(await gql<Exported>(h.app, EXPORT, { from: "2025-03-01", to: "2025-03-31" }, ACTORS.leLoi)).exportComplaintRegister;
    expect(own.rows).toBe(1);
    const rows = await readSheet((await download(own.fileId, ACTORS.leLoi)).rawPayload);
    expect(rows[1]).toEqual([`Từ ngày 01/03/2025 đến ngày 31/03/2025 — ${UNITS.leLoi.name}`]);
    expect(rows.slice(3).map((r) => r[1])).toEqual([answeredCode]);
    expect(errorCode(await gql(h.app, EXPORT, { from: "2025-03-01", to: "2025-03-31", unitId: UNITS.minhKhai.id }, ACTORS.leLoi))).toBe(
      "FORBIDDEN",
    );
    expect(
      ok(await gql<Exported>(h.app, EXPORT, { from: "2025-03-01", to: "2025-03-31", unitId: UNITS.minhKhai.id }, ACTORS.admin))
        .exportComplaintRegister.rows,
    ).toBe(0);
  });

  it("lets only the exporter download the file", async () => {
    const file = ok(await gql<Exported>(h.app, EXPORT, { from: "2025-03-01", to: "2025-03-31" }, ACTORS.admin)).exportComplaintRegister;
    expect((await download(file.fileId, ACTORS.leLoi)).statusCode).toBe(404);
    expect((await download(file.fileId, ACTORS.anonymous)).statusCode).toBe(404);
  });

  it("refuses bad periods, unknown units and anonymous callers with a clear message, storing nothing", async () => {
    const count = async () => (await h.db.$queryRawUnsafe<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM stored_file`))[0]!.n;
    const before = await count();
    const reversed = await gql(h.app, EXPORT, { from: "2025-03-31", to: "2025-03-01" }, ACTORS.admin);
    expect(errorCode(reversed)).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(reversed.errors)).toContain("Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.");
    expect(errorCode(await gql(h.app, EXPORT, { from: "2024-01-01", to: "2025-03-01" }, ACTORS.admin))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(h.app, EXPORT, { from: "2025-03-01", to: "2025-03-31", unitId: "no-such-unit" }, ACTORS.admin))).toBe(
      "BAD_USER_INPUT",
    );
    expect(errorCode(await gql(h.app, EXPORT, { from: "2025-03-01", to: "2025-03-31" }, ACTORS.anonymous))).toBe("UNAUTHENTICATED");
    expect(await count()).toBe(before);
  });
});
