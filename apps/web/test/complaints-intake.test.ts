import { describe, expect, it } from "vitest";
import { documentDateVi, intakeInstant, registerPeriod } from "../src/pages/complaints/complaints-query.ts";

describe("staff intake helpers", () => {
  it("reads the day and time of receipt as Vietnam time", () => {
    expect(intakeInstant("03/01/2025", "16:45")).toBe("2025-01-03T16:45:00+07:00");
    expect(intakeInstant("3/1/2025", "8:05")).toBe("2025-01-03T08:05:00+07:00");
  });

  it("refuses a day or time that does not exist", () => {
    expect(intakeInstant("30/02/2025", "08:00")).toBeUndefined();
    expect(intakeInstant("03/01/2025", "24:00")).toBeUndefined();
    expect(intakeInstant("2025-01-03", "08:00")).toBeUndefined();
  });

  it("writes the date line of a state document", () => {
    expect(documentDateVi("2025-01-05")).toBe("ngày 05 tháng 01 năm 2025");
  });
});

describe("the register's period", () => {
  it("uses the inbox's date filter, else the current month up to today", () => {
    expect(registerPeriod({ from: "2025-02-01", to: "2025-02-28" }, "2025-03-17")).toEqual({ from: "2025-02-01", to: "2025-02-28" });
    expect(registerPeriod({ from: "", to: "" }, "2025-03-17")).toEqual({ from: "2025-03-01", to: "2025-03-17" });
  });
});
