import { createCalendar } from "@tthc/calendar";
import { describe, expect, it } from "vitest";
import { deadlineAlerts, watchedDeadline } from "../../src/domain/deadline-alerts.ts";
import { DEFAULT_DEADLINE_RULES } from "../../src/domain/deadlines.ts";
import { decide, receive } from "../../src/domain/lifecycle.ts";
import { STATUS_LABELS } from "../../src/use-cases/labels.ts";
import type { ComplaintState, Decision, DomainActor } from "../../src/domain/lifecycle-types.ts";

const calendar = createCalendar();
const rules = DEFAULT_DEADLINE_RULES;
const hanoi = (iso: string) => new Date(`${iso}+07:00`);
const t0 = hanoi("2025-01-24T10:00:00");
const admin: DomainActor = { kind: "user", userId: "u-admin", unitId: "office", roles: ["CITY_ADMIN"] };
const citizen: DomainActor = { kind: "anonymous", userId: null, unitId: null, roles: [] };

function ok(d: Decision): ComplaintState {
  if (!d.ok) throw new Error(d.error.code);
  return d.state;
}

function transferred(): ComplaintState {
  let s = ok(receive({ id: "c1", channel: "web", receivedAt: t0 }, citizen, t0, rules, calendar));
  s = ok(
    decide(
      s,
      { type: "classify", kind: "petition", category: "unsuitable", field: "Hộ tịch", regulation: "Đăng ký khai sinh" },
      admin,
      t0,
      rules,
      calendar,
      STATUS_LABELS,
    ),
  );
  return ok(
    decide(
      s,
      {
        type: "transfer",
        units: [
          { unitId: "ward-a", lead: true },
          { unitId: "ward-b", lead: false },
        ],
      },
      admin,
      t0,
      rules,
      calendar,
      STATUS_LABELS,
    ),
  );
}

describe("deadline alerts", () => {
  it("watches the classification while received and the unit's handling once transferred", () => {
    const s = ok(receive({ id: "c1", channel: "web", receivedAt: t0 }, citizen, t0, rules, calendar));
    expect(watchedDeadline(s)).toEqual({ step: "classify", dueDay: "2025-02-05", unitIds: [] });
    expect(watchedDeadline(transferred())).toEqual({ step: "handle", dueDay: "2025-02-14", unitIds: ["ward-a", "ward-b"] });
  });

  it("raises due-soon once, then overdue once, for the units and the city office", () => {
    let s = transferred(); // handling due Fri 14/02/2025
    expect(deadlineAlerts(s, hanoi("2025-02-11T08:00:00"), calendar, rules).events).toEqual([]);

    const soon = deadlineAlerts(s, hanoi("2025-02-12T08:00:00"), calendar, rules);
    expect(soon.events).toEqual([
      {
        type: "complaints.complaint.due-soon",
        complaintId: "c1",
        at: hanoi("2025-02-12T08:00:00"),
        actorId: null,
        data: { step: "handle", dueDay: "2025-02-14", unitIds: ["ward-a", "ward-b"] },
      },
    ]);
    s = soon.state;
    expect(deadlineAlerts(s, hanoi("2025-02-13T08:00:00"), calendar, rules).events).toEqual([]);

    const overdue = deadlineAlerts(s, hanoi("2025-02-17T08:00:00"), calendar, rules);
    expect(overdue.events.map((e) => e.type)).toEqual(["complaints.complaint.overdue"]);
    expect(deadlineAlerts(overdue.state, hanoi("2025-02-18T08:00:00"), calendar, rules).events).toEqual([]);
  });

  it("warns again after an extension moved the due day, and never while paused", () => {
    const warned = deadlineAlerts(transferred(), hanoi("2025-02-12T08:00:00"), calendar, rules).state;
    const extended = ok(
      decide(
        warned,
        { type: "extend", reason: "Cần xác minh thực địa" },
        admin,
        hanoi("2025-02-12T09:00:00"),
        rules,
        calendar,
        STATUS_LABELS,
      ),
    );
    expect(deadlineAlerts(extended, hanoi("2025-02-13T08:00:00"), calendar, rules).events).toEqual([]);
    expect(deadlineAlerts(extended, hanoi("2025-02-26T08:00:00"), calendar, rules).events[0]?.data).toMatchObject({ dueDay: "2025-02-28" });

    const paused = ok(decide(transferred(), { type: "pause", reason: "Chờ người gửi bổ sung" }, admin, t0, rules, calendar, STATUS_LABELS));
    expect(deadlineAlerts(paused, hanoi("2025-03-31T08:00:00"), calendar, rules).events).toEqual([]);
  });
});
