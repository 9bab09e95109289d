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

  it("words plurals by each language's rules (Vietnamese has one form, English two)", () => {
    expect(translate("vi", "units.count", { count: 1 })).toBe("Tìm thấy 1 đơn vị");
    expect(translate("vi", "units.count", { count: 3 })).toBe("Tìm thấy 3 đơn vị");
    expect(translate("en", "units.count", { count: 1 })).toBe("1 unit found");
    expect(translate("en", "units.count", { count: 3 })).toBe("3 units found");
    expect(translate("en", "units.count", { count: 0 })).toBe("0 units found");
    expect(translate("en", "planning.due.overdue", { count: 1 })).toBe("1 working day overdue");
  });

  it("formats numbers by the language and calendar days as dd/MM/yyyy in both", () => {
    expect(translate("vi", "complaints.inbox.count", { count: 1234 })).toBe("1.234 phản ánh, kiến nghị");
    expect(translate("en", "complaints.inbox.count", { count: 1234 })).toBe("1,234 items");
    expect(translate("vi", "home.occurrences.due", { date: "2026-03-05" })).toBe("Hạn 05/03/2026");
    expect(translate("en", "home.occurrences.due", { date: "2026-03-05" })).toBe("Due 05/03/2026");
  });

  it("has an English text for every Vietnamese key (and the English 'one' of each plural), and nothing left blank", () => {
    const one = Object.keys(vi).flatMap((key) => (key.endsWith("_other") ? [key.replace(/_other$/, "_one")] : []));
    expect(Object.keys(en).sort()).toEqual([...Object.keys(vi), ...one].sort());
    for (const [key, text] of [...Object.entries(vi), ...Object.entries(en)]) expect(text.trim(), key).not.toBe("");
  });

  it("accepts only the supported languages from storage", () => {
    expect(isLang("vi")).toBe(true);
    expect(isLang("en")).toBe(true);
    expect(isLang("fr")).toBe(false);
    expect(isLang(null)).toBe(false);
  });
});
