import { describe, expect, it } from "vitest";
import { CONTENT_MAX_LENGTH, normalizePhone, parseSubmission, type SubmissionResult } from "../../src/domain/intake.ts";

const now = new Date("2025-01-24T03:00:00Z");
const publicForm = { source: "public", now } as const;
const staff = { source: "staff", now } as const;

const valid = {
  channel: "web",
  senderName: "Nguyễn Thị Hoa",
  senderAddress: "Số 5 ngõ 12 phố Chùa Bộc, phường Kim Liên, Hà Nội",
  senderPhone: "0912 345 678",
  senderEmail: "",
  regulation: "Thủ tục cấp bản sao trích lục hộ tịch",
  content: "Tôi nộp hồ sơ từ ngày 02/01/2025 nhưng đến nay chưa được trả kết quả, cán bộ không giải thích lý do.",
  consent: true,
};

function errorsOf(result: SubmissionResult) {
  return result.ok ? [] : result.errors.map((e) => `${e.field}: ${e.messageVi}`);
}

describe("parseSubmission", () => {
  it("accepts a complete public submission and normalises it", () => {
    const result = parseSubmission({ ...valid, senderName: "  Nguyễn Thị Hoa ".normalize("NFD") }, publicForm);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ senderName: "Nguyễn Thị Hoa", senderPhone: "0912345678", senderEmail: undefined, receivedAt: now }),
    });
  });

  it("explains every missing field in Vietnamese", () => {
    const result = parseSubmission({ channel: "web", senderName: " ", content: "", consent: false }, publicForm);
    expect(errorsOf(result)).toEqual([
      "senderName: Vui lòng nhập họ và tên người gửi.",
      "senderAddress: Vui lòng nhập địa chỉ người gửi (Nghị định 20/2008/NĐ-CP, Điều 7).",
      "regulation: Vui lòng cho biết quy định hoặc thủ tục hành chính mà anh/chị phản ánh, kiến nghị.",
      "content: Vui lòng nhập nội dung phản ánh, kiến nghị.",
      "senderPhone: Vui lòng cung cấp số điện thoại hoặc email để cơ quan liên hệ khi cần.",
      "consent: Vui lòng đồng ý để cơ quan xử lý dữ liệu cá nhân của anh/chị nhằm giải quyết PAKN (Nghị định 13/2023/NĐ-CP).",
    ]);
  });

  it("requires a phone or an email, and consent on the public form", () => {
    const result = parseSubmission({ ...valid, senderPhone: "", senderEmail: "  ", consent: false }, publicForm);
    expect(errorsOf(result)).toEqual([
      "senderPhone: Vui lòng cung cấp số điện thoại hoặc email để cơ quan liên hệ khi cần.",
      "consent: Vui lòng đồng ý để cơ quan xử lý dữ liệu cá nhân của anh/chị nhằm giải quyết PAKN (Nghị định 13/2023/NĐ-CP).",
    ]);
    expect(parseSubmission({ ...valid, senderPhone: undefined, senderEmail: "hoa@example.vn" }, publicForm).ok).toBe(true);
  });

  it("rejects malformed contacts", () => {
    const result = parseSubmission({ ...valid, senderPhone: "12345", senderEmail: "hoa@" }, publicForm);
    expect(errorsOf(result)).toEqual(["senderPhone: Số điện thoại không hợp lệ.", "senderEmail: Địa chỉ email không hợp lệ."]);
  });

  it("keeps HTML as literal text", () => {
    const content = '<script>alert("x")</script><b>Phản ánh</b> &amp; <img src=x onerror=alert(1)>';
    const result = parseSubmission({ ...valid, content }, publicForm);
    expect(result.ok && result.value.content).toBe(content);
  });

  it("limits the content length and refuses control characters", () => {
    expect(errorsOf(parseSubmission({ ...valid, content: "a".repeat(CONTENT_MAX_LENGTH + 1) }, publicForm))[0]).toMatch(
      /^content: Nội dung không được dài quá 10\.000 ký tự/,
    );
    expect(parseSubmission({ ...valid, content: "a".repeat(CONTENT_MAX_LENGTH) }, publicForm).ok).toBe(true);
    expect(errorsOf(parseSubmission({ ...valid, content: "abc\u0000def" }, publicForm))).toEqual([
      "content: Nội dung chứa ký tự điều khiển không hợp lệ.",
    ]);
    expect(parseSubmission({ ...valid, content: "Dòng 1\r\nDòng 2\tcó tab" }, publicForm)).toMatchObject({
      ok: true,
      value: { content: "Dòng 1\nDòng 2\tcó tab" },
    });
  });

  it("keeps the public form on the web channel at the server's time", () => {
    expect(errorsOf(parseSubmission({ ...valid, channel: "post" }, publicForm))).toEqual([
      "channel: Biểu mẫu công khai chỉ tiếp nhận PAKN trực tuyến.",
    ]);
    expect(errorsOf(parseSubmission({ ...valid, receivedAt: "2025-01-01T00:00:00Z" }, publicForm))).toEqual([
      "receivedAt: PAKN trực tuyến được ghi nhận theo giờ hệ thống.",
    ]);
    expect(errorsOf(parseSubmission({ ...valid, channel: "fax" }, publicForm))).toEqual(["channel: Kênh tiếp nhận không hợp lệ."]);
  });

  it("lets staff record other channels with a past received date, without consent", () => {
    const letter = { ...valid, channel: "post", consent: undefined, senderPhone: undefined, receivedAt: "2025-01-22T08:30:00+07:00" };
    expect(parseSubmission(letter, staff)).toMatchObject({
      ok: true,
      value: { channel: "post", receivedAt: new Date("2025-01-22T01:30:00Z") },
    });
    // A letter's return address is the mailing address Art 7 accepts; an in-person visit needs a phone or email.
    expect(errorsOf(parseSubmission({ ...letter, channel: "in-person" }, staff))).toEqual([
      "senderPhone: Vui lòng cung cấp số điện thoại hoặc email để cơ quan liên hệ khi cần.",
    ]);
    expect(errorsOf(parseSubmission({ ...letter, receivedAt: "2025-02-01T08:00:00+07:00" }, staff))).toEqual([
      "receivedAt: Ngày tiếp nhận không được ở tương lai.",
    ]);
    expect(errorsOf(parseSubmission({ ...letter, receivedAt: "hôm qua" }, staff))).toEqual(["receivedAt: Ngày tiếp nhận không hợp lệ."]);
    expect(errorsOf(parseSubmission({ ...letter, channel: "web", senderEmail: "hoa@example.vn" }, staff))).toEqual([
      "channel: Cán bộ tiếp nhận phải chọn kênh: trực tiếp, bưu chính, điện thoại, email, …",
    ]);
  });
});

describe("normalizePhone", () => {
  it("accepts Vietnamese mobiles and landlines, +84, and foreign numbers", () => {
    expect(normalizePhone("0912.345.678")).toBe("0912345678");
    expect(normalizePhone("+84 912 345 678")).toBe("0912345678");
    expect(normalizePhone("(024) 3825 1234")).toBe("02438251234");
    expect(normalizePhone("+33 1 42 68 53 00")).toBe("+33142685300");
    expect(normalizePhone("091234")).toBeNull();
  });
});
