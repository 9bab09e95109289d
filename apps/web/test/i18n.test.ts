import { describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { isLang, translate } from "../src/i18n/translate.ts";
import { vi } from "../src/i18n/vi.ts";

describe("translate", () => {
  it("looks the key up in the chosen language", () => {
    expect(translate("vi", "nav.complaints")).toBe("Phản ánh, kiến nghị");
    expect(translate("en", "nav.complaints")).toBe("Complaints");
    expect(translate("vi", "nav.directory")).toBe("Danh mục đơn vị");
    expect(translate("en", "nav.directory")).toBe("Directory");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translate("vi", "units.count", { count: 12 })).toBe("Tìm thấy 12 đơn vị");
    expect(translate("en", "units.validRange", { from: "01/07/2025", to: "31/12/2025" })).toBe("01/07/2025 – 31/12/2025");
    expect(translate("en", "units.validRange", { from: "01/07/2025" })).toBe("01/07/2025 – {to}");
  });

  it("has an English text for every Vietnamese key, and nothing left blank", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, text] of [...Object.entries(vi), ...Object.entries(en)]) expect(text.trim(), key).not.toBe("");
  });

  it("accepts only the supported languages from storage", () => {
    expect(isLang("vi")).toBe(true);
    expect(isLang("en")).toBe(true);
    expect(isLang("fr")).toBe(false);
    expect(isLang(null)).toBe(false);
  });
});
