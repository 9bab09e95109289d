import { describe, expect, it } from "vitest";
import { detectPersonalData, redact, type PersonalDataSpan } from "../../src/domain/personal-data.ts";

const found = (text: string, spans: PersonalDataSpan[]) => spans.map((s) => `${s.kind}: ${text.slice(s.start, s.end)}`);

describe("detectPersonalData", () => {
  it("finds phone numbers written the Vietnamese ways", () => {
    const text = "Liên hệ 0912345678, 0912.345.678, 0912 345 678, +84 912 345 678, (+84) 24 3825 1234 hoặc 024.3825.1234.";
    expect(found(text, detectPersonalData(text))).toEqual([
      "phone: 0912345678",
      "phone: 0912.345.678",
      "phone: 0912 345 678",
      "phone: +84 912 345 678",
      "phone: (+84) 24 3825 1234",
      "phone: 024.3825.1234",
    ]);
  });

  it("finds emails and ID numbers (CCCD 12 digits, CMND 9 digits) but not amounts or document numbers", () => {
    const text =
      "Email: tran.thi.b@yahoo.com.vn. CCCD số 001203004567, cấp ngày 10/5/2021; CMND cũ 012345678. " +
      "Kinh phí 120.000.000.000 đồng theo Quyết định số 1234/QĐ-UBND, hồ sơ mã 000.00.20.H26-250124-0001.";
    expect(found(text, detectPersonalData(text))).toEqual([
      "email: tran.thi.b@yahoo.com.vn",
      "id-number: 001203004567",
      "id-number: 012345678",
    ]);
  });

  it("finds addresses from their markers, with the following units, and ignores look-alikes", () => {
    const text =
      "Gia đình tôi ở số 12 ngõ 34 phố Huế, phường Hàng Bài, quận Hoàn Kiếm. Mẹ tôi ở thôn Đông, xã Yên Thường. " +
      "Nhà em gái ở tổ 5, phường Quang Trung. Theo Nghị định số 20/2008/NĐ-CP và văn bản số 15 ngày 03/02/2025 của UBND thành phố Huế, " +
      "tổ chức đường dây nóng chưa hiệu quả.";
    expect(found(text, detectPersonalData(text))).toEqual([
      "address: số 12 ngõ 34 phố Huế, phường Hàng Bài, quận Hoàn Kiếm",
      "address: thôn Đông, xã Yên Thường",
      "address: tổ 5, phường Quang Trung",
    ]);
  });

  it("reads hostile texts of the form's largest size in one pass, with the same findings", () => {
    // Every word starts an address ("thôn …"): one span, not one per word re-reading the rest.
    const places = "Thôn ".repeat(2_000).trim();
    expect(detectPersonalData(places)).toEqual([{ start: 0, end: places.length, kind: "address" }]);
    // A 10 000-letter word is no email however long it is; one after it still is.
    const word = `${"a".repeat(10_000)} lien he b@example.vn`;
    expect(found(word, detectPersonalData(word))).toEqual(["email: b@example.vn"]);
    // "thành phố" is a city even at the end of a long text of "phố".
    const city = `${"phố ".repeat(2_000)}thành phố Huế`;
    expect(detectPersonalData(city)).toEqual([]);
  });

  it("finds the sender's own name, with or without diacritics, and as 'ông <given name>'", () => {
    const text =
      "Tôi là Nguyễn Văn An. Cán bộ phường nói ông An phải nộp lại; NGUYEN VAN AN đã nộp đủ. Anh Nguyễn Văn Anh không liên quan.";
    const spans = detectPersonalData(text, { name: "Nguyễn Văn An" });
    expect(found(text, spans)).toEqual(["name: Nguyễn Văn An", "name: An", "name: NGUYEN VAN AN"]);
  });

  it("finds the sender's address and phone even where no pattern would", () => {
    const text = "Xin gửi kết quả về 45 Lê Lợi, Hà Đông hoặc gọi 84-912-345-678.";
    const spans = detectPersonalData(text, { address: "45 Lê Lợi, Hà Đông, Hà Nội", phone: "0912 345 678" });
    expect(found(text, spans)).toEqual(["address: 45 Lê Lợi", "phone: 84-912-345-678"]);
  });

  it("finds nothing in an answer free of personal data", () => {
    const text = "UBND phường đã rà soát thủ tục đăng ký khai sinh và rút ngắn thời gian giải quyết xuống 01 ngày làm việc.";
    expect(detectPersonalData(text, { name: "Lê Thị Hoa", address: "thôn Bắc, xã Đại Đồng", phone: "0987654321" })).toEqual([]);
  });
});

describe("redact", () => {
  it("replaces each span with what was removed", () => {
    const text = "Ông Trần Văn Bình (0987 654 321, số 8 đường Lê Duẩn) phản ánh việc chậm trả kết quả.";
    const spans = detectPersonalData(text, { name: "Trần Văn Bình" });
    expect(redact(text, spans)).toBe("Ông [họ tên đã ẩn] ([số điện thoại đã ẩn], [địa chỉ đã ẩn]) phản ánh việc chậm trả kết quả.");
  });

  it("merges overlapping spans and refuses spans outside the text", () => {
    expect(
      redact("abcdef", [
        { start: 1, end: 4, kind: "name" },
        { start: 2, end: 3, kind: "phone" },
      ]),
    ).toBe("a[họ tên đã ẩn]ef");
    expect(() => redact("abc", [{ start: 2, end: 9, kind: "name" }])).toThrow(RangeError);
  });
});
