import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { complaintsDeps } from "../../src/app.ts";
import { eraseExpiredPersonalData, monthsBefore } from "../../src/use-cases/retention.ts";
import { ACTORS, SUBMISSION, complaintIdOf, errorCode, gql, ok, startHarness, submit, type Harness } from "../harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness("templates_retention", { now: new Date("2025-03-03T02:00:00Z") });
});
afterAll(async () => {
  await h?.close();
});

const TEMPLATE_FIELDS = "id field title text";
const CREATE = `mutation ($i: AnswerTemplateInput!) { createComplaintAnswerTemplate(input: $i) { ${TEMPLATE_FIELDS} } }`;
const LIST = `query ($f: String) { complaintAnswerTemplates(field: $f) { ${TEMPLATE_FIELDS} } }`;
type Template = { id: string; field: string; title: string; text: string };

describe("answer templates per field", () => {
  it("the city office keeps templates; a ward officer drafting an answer lists those of the PAKN's field", async () => {
    const hoTich = ok(
      await gql<{ createComplaintAnswerTemplate: Template }>(
        h.app,
        CREATE,
        {
          i: {
            field: "Hộ tịch",
            title: "Hồ sơ khai sinh",
            text: "  Kính gửi ông/bà,\r\nHồ sơ đăng ký khai sinh gồm tờ khai và giấy chứng sinh.  ",
          },
        },
        ACTORS.admin,
      ),
    ).createComplaintAnswerTemplate;
    expect(hoTich).toMatchObject({ field: "Hộ tịch", text: "Kính gửi ông/bà,\nHồ sơ đăng ký khai sinh gồm tờ khai và giấy chứng sinh." });
    ok(
      await gql(
        h.app,
        CREATE,
        { i: { field: "Xây dựng", title: "Giấy phép xây dựng", text: "Thời hạn cấp giấy phép là 15 ngày." } },
        ACTORS.admin,
      ),
    );

    const forWard = ok(
      await gql<{ complaintAnswerTemplates: Template[] }>(h.app, LIST, { f: "hộ tịch" }, ACTORS.leLoi),
    ).complaintAnswerTemplates;
    expect(forWard.map((t) => t.title)).toEqual(["Hồ sơ khai sinh"]);
    expect(ok(await gql<{ complaintAnswerTemplates: Template[] }>(h.app, LIST, {}, ACTORS.leLoi)).complaintAnswerTemplates).toHaveLength(2);

    const UPDATE = `mutation ($id: ID!, $i: AnswerTemplateInput!) { updateComplaintAnswerTemplate(id: $id, input: $i) { ${TEMPLATE_FIELDS} } }`;
    const updated = ok(
      await gql<{ updateComplaintAnswerTemplate: Template }>(
        h.app,
        UPDATE,
        { id: hoTich.id, i: { field: "Hộ tịch", title: "Khai sinh", text: "Nội dung mới." } },
        ACTORS.admin,
      ),
    );
    expect(updated.updateComplaintAnswerTemplate).toMatchObject({ id: hoTich.id, title: "Khai sinh", text: "Nội dung mới." });
    expect(
      ok(
        await gql<{ deleteComplaintAnswerTemplate: boolean }>(
          h.app,
          `mutation ($id: ID!) { deleteComplaintAnswerTemplate(id: $id) }`,
          { id: hoTich.id },
          ACTORS.admin,
        ),
      ).deleteComplaintAnswerTemplate,
    ).toBe(true);
    expect(await h.db.answerTemplate.count()).toBe(1);
  });

  it("refuses other roles, empty fields and unknown templates, changing nothing", async () => {
    const before = await h.db.answerTemplate.findMany();
    expect(errorCode(await gql(h.app, CREATE, { i: { field: "Hộ tịch", title: "X", text: "Y" } }, ACTORS.leLoi))).toBe("FORBIDDEN");
    expect(errorCode(await gql(h.app, LIST, {}, ACTORS.anonymous))).toBe("UNAUTHENTICATED");
    const empty = await gql(h.app, CREATE, { i: { field: "Hộ tịch", title: "  ", text: "" } }, ACTORS.admin);
    expect(errorCode(empty)).toBe("BAD_USER_INPUT");
    expect(empty.errors![0]!.message).toBe("Tên mẫu không được để trống.");
    expect(empty.errors![0]!.extensions!.errors).toHaveLength(2);
    const unknown = await gql(h.app, `mutation { deleteComplaintAnswerTemplate(id: "not-a-uuid") }`, {}, ACTORS.admin);
    expect(unknown.errors![0]!.message).toBe("Không tìm thấy mẫu trả lời.");
    expect(await h.db.answerTemplate.findMany()).toEqual(before);
  });
});

describe("retention of senders' personal data", () => {
  const RETENTION = `query { complaintPersonalDataRetention { months min max } }`;
  const SET = `mutation ($m: Int!) { updateComplaintPersonalDataRetention(months: $m) { months } }`;

  it("defaults to 60 months; only the city office changes it, within 1–240", async () => {
    expect(ok(await gql(h.app, RETENTION, {}, ACTORS.leLoi))).toEqual({ complaintPersonalDataRetention: { months: 60, min: 1, max: 240 } });
    expect(errorCode(await gql(h.app, SET, { m: 2 }, ACTORS.leLoi))).toBe("FORBIDDEN");
    const bad = await gql(h.app, SET, { m: 0 }, ACTORS.admin);
    expect(bad.errors![0]!.message).toBe("Thời hạn lưu trữ phải từ 1 đến 240 tháng.");
    expect(ok(await gql(h.app, SET, { m: 2 }, ACTORS.admin))).toEqual({ updateComplaintPersonalDataRetention: { months: 2 } });
  });

  it("erases the sender of a PAKN closed longer ago than the retention, once, with an audit entry", async () => {
    const closedCode = ok(
      await submit(h.app, { ...SUBMISSION, content: "Đề nghị công khai quy trình cấp giấy phép kinh doanh (ngoài phạm vi)." }),
    ).submitComplaint.trackingCode;
    const openCode = ok(await submit(h.app)).submitComplaint.trackingCode;
    const id = await complaintIdOf(h.db, closedCode);
    ok(
      await gql(
        h.app,
        `mutation ($id: ID!) { returnComplaint(id: $id, reason: "Không thuộc thẩm quyền", guidance: "Đề nghị gửi Sở Công Thương") { id } }`,
        { id },
        ACTORS.admin,
      ),
    );
    ok(await gql(h.app, `mutation ($id: ID!) { closeComplaint(id: $id) { id } }`, { id }, ACTORS.admin));

    let now = new Date("2025-04-03T02:00:00Z");
    const deps = complaintsDeps(h.env, h.db, { now: () => now });
    // One month after closing: still within the 2 months.
    expect(await eraseExpiredPersonalData(deps)).toBe(0);
    expect((await h.db.complaint.findUniqueOrThrow({ where: { id } })).senderName).toBe(SUBMISSION.senderName);

    now = new Date("2025-05-04T02:00:00Z");
    expect(await eraseExpiredPersonalData(deps)).toBe(1);
    const erased = await h.db.complaint.findUniqueOrThrow({ where: { trackingCode: closedCode } });
    expect(erased).toMatchObject({
      senderName: "",
      senderAddress: "",
      senderPhone: null,
      senderEmail: null,
      personalDataErasedAt: new Date("2025-05-04T02:00:00Z"),
      status: "closed",
    });
    expect(erased.content).toContain("giấy phép kinh doanh");
    const audit = await h.db.auditEntry.findMany({ where: { complaintId: id, action: "erasePersonalData" } });
    expect(audit).toEqual([
      expect.objectContaining({
        actorKind: "service",
        actorId: "complaints",
        reason: "Hết thời hạn lưu trữ dữ liệu cá nhân (2 tháng sau khi kết thúc)",
      }),
    ]);
    // An open PAKN keeps its sender; a second run erases nothing more.
    expect((await h.db.complaint.findUniqueOrThrow({ where: { trackingCode: openCode } })).senderName).toBe(SUBMISSION.senderName);
    expect(await eraseExpiredPersonalData(deps)).toBe(0);
    expect(await h.db.auditEntry.count({ where: { action: "erasePersonalData" } })).toBe(1);

    const view = ok(
      await gql<{ complaint: { personalDataErasedAt: string } }>(
        h.app,
        `query ($id: ID!) { complaint(id: $id) { personalDataErasedAt } }`,
        { id },
        ACTORS.admin,
      ),
    );
    expect(view.complaint.personalDataErasedAt).toBe("2025-05-04T02:00:00.000Z");
  });

  it("counts calendar months, clamping to the end of a shorter month", () => {
    expect(monthsBefore(new Date("2025-05-31T10:00:00Z"), 3)).toEqual(new Date("2025-02-28T10:00:00Z"));
    expect(monthsBefore(new Date("2025-01-15T00:00:00Z"), 2)).toEqual(new Date("2024-11-15T00:00:00Z"));
  });
});
