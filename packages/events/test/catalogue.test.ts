import { describe, expect, expectTypeOf, it } from "vitest";
import { clock } from "@tthc/clock";
import {
  EventValidationError,
  UnknownEventTypeError,
  allTopics,
  createEvent,
  parseEvent,
  topicOf,
  type EventOf,
  type UnitState,
} from "../src/index.ts";

const unit: UnitState = {
  id: "u-tu-phap",
  code: "PTP",
  name: "Phòng Tư pháp",
  shortName: null,
  levelCode: "department",
  parentId: "u-city",
  validFrom: "2024-01-01",
  validTo: null,
};

function updated() {
  return createEvent("directory.unit.updated", {
    source: "directory",
    subject: unit.id,
    data: { unit, changed: ["name"] },
    actor: { kind: "user", id: "user-1", unitId: "u-city" },
  });
}

describe("createEvent", () => {
  it("fills id, time, version and a fresh correlation chain", () => {
    const event = updated();
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(event.version).toBe(1);
    expect(event.correlationId).toBe(event.id);
    expect(event.causationId).toBeNull();
    expect(Date.parse(event.time)).toBeGreaterThan(clock().getTime() - 5_000);
    expect(event.data.unit).toEqual(unit);
    expectTypeOf(event).toEqualTypeOf<EventOf<"directory.unit.updated">>();
    expectTypeOf(event.data.changed).toEqualTypeOf<Array<"code" | "name" | "shortName" | "alternativeNames" | "levelCode">>();
  });

  it("keeps a given correlation and causation", () => {
    const cause = updated();
    const event = createEvent("directory.unit.closed", {
      source: "directory",
      subject: unit.id,
      data: { unit: { ...unit, validTo: "2025-06-30" } },
      correlationId: cause.correlationId,
      causationId: cause.id,
    });
    expect(event).toMatchObject({ correlationId: cause.correlationId, causationId: cause.id, actor: null });
  });

  it("rejects bad data and names the field", () => {
    const open = { unit } as unknown as EventOf<"directory.unit.closed">["data"];
    expect(() => createEvent("directory.unit.closed", { source: "directory", subject: unit.id, data: open })).toThrow(
      /data\.unit\.validTo/,
    );
    expect(() =>
      createEvent("directory.unit.created", {
        source: "directory",
        subject: unit.id,
        data: { unit: { ...unit, validFrom: "01/01/2024" } },
      }),
    ).toThrow(EventValidationError);
  });
});

describe("directory.unit.succeeded", () => {
  const data = {
    predecessorId: "u-le-loi",
    change: "MERGE" as const,
    successors: [
      { unitId: "u-pho-hien", workKinds: ["PLAN_WORK" as const, "COMPLAINTS" as const, "RECOMMENDATIONS" as const, "USERS" as const] },
    ],
    effectiveFrom: "2025-07-01",
    decision: { id: "d-1", number: "1234/QĐ-UBND", signedOn: "2025-06-16" },
  };

  it("round-trips on the unit topic, keyed by the closed unit", () => {
    const event = createEvent("directory.unit.succeeded", { source: "directory", subject: data.predecessorId, data });
    expect(topicOf("directory.unit.succeeded")).toBe("directory.unit.v1");
    expect(parseEvent(JSON.parse(JSON.stringify(event)))).toEqual(event);
  });

  it("refuses a successor without work and an unknown kind of work", () => {
    const bad = (successors: unknown) =>
      createEvent("directory.unit.succeeded", {
        source: "directory",
        subject: data.predecessorId,
        data: { ...data, successors } as EventOf<"directory.unit.succeeded">["data"],
      });
    expect(() => bad([{ unitId: "u-x", workKinds: [] }])).toThrow(/successors/);
    expect(() => bad([{ unitId: "u-x", workKinds: ["DOSSIERS"] }])).toThrow(EventValidationError);
  });
});

describe("parseEvent", () => {
  it("round-trips an event through JSON", () => {
    const event = updated();
    expect(parseEvent(JSON.parse(JSON.stringify(event)))).toEqual(event);
  });

  it.each([
    ["not an object", "a string", /\(root\)/],
    ["a missing id", { ...updated(), id: undefined }, /id:/],
    ["a bad uuid", { ...updated(), id: "123" }, /id:/],
    ["a bad time", { ...updated(), time: "yesterday" }, /time:/],
    ["a whole actor instead of a reference", { ...updated(), actor: { kind: "robot" } }, /actor\.kind/],
    ["a wrong version", { ...updated(), version: 2 }, /version:/],
    ["bad data", { ...updated(), data: { unit: { ...unit, code: 42 } } }, /data\.unit\.code/],
  ])("rejects %s", (_what, raw, message) => {
    expect(() => parseEvent(raw)).toThrow(EventValidationError);
    expect(() => parseEvent(raw)).toThrow(message);
  });

  it("tells an unknown type apart from an invalid event", () => {
    const raw = { ...updated(), type: "planning.task.renamed" };
    try {
      parseEvent(raw);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(UnknownEventTypeError);
      expect((err as UnknownEventTypeError).eventId).toBe(raw.id);
    }
  });
});

describe("topics", () => {
  it("maps types to topics and lists every topic with its dead-letter twin", () => {
    expect(topicOf("directory.unit.moved")).toBe("directory.unit.v1");
    const topics = allTopics();
    expect(topics).toContain("directory.unit.v1");
    // Every topic comes with its dead-letter twin, and nothing else.
    const main = topics.filter((t) => !t.endsWith(".dlq"));
    expect(topics.filter((t) => t.endsWith(".dlq"))).toEqual(main.map((t) => `${t}.dlq`));
    for (const t of main) expect(t).toMatch(/^[a-z]+\.[a-z-]+\.v\d+$/);
  });
});

describe("reporting.dossier.recorded", () => {
  const base = { dossierCode: "000.00.31.H29-260105-0001", unitId: "u-le-loi", origin: "partner" as const };
  it("travels on its own topic, keyed by the dossier code", () => {
    const event = createEvent("reporting.dossier.recorded", {
      source: "reporting",
      subject: base.dossierCode,
      time: new Date("2026-01-05T02:30:00Z"),
      data: { ...base, step: "received", channel: "online", dueDay: "2026-01-20" },
    });
    expect(topicOf(event.type)).toBe("reporting.dossier.v1");
    expect(parseEvent(JSON.parse(JSON.stringify(event)))).toEqual(event);
  });
  it("rejects an unknown step or channel, naming the field", () => {
    for (const data of [
      { ...base, step: "lost" },
      { ...base, step: "received", channel: "fax" },
    ])
      expect(() => createEvent("reporting.dossier.recorded", { source: "reporting", subject: base.dossierCode, data } as never)).toThrow(
        EventValidationError,
      );
  });
});

describe("complaints.complaint.rated", () => {
  const data = { unitId: "u-tu-phap", unitIds: ["u-tu-phap"], satisfied: true, ratedAt: "2026-03-16T03:00:00.000Z" };
  it("travels on the complaint topic and round-trips", () => {
    const event = createEvent("complaints.complaint.rated", { source: "complaints", subject: "c-1", data });
    expect(topicOf(event.type)).toBe("complaints.complaint.v1");
    expect(parseEvent(JSON.parse(JSON.stringify(event)))).toEqual(event);
  });
  it("carries no comment and rejects a rating that is not a yes or no", () => {
    const event = createEvent("complaints.complaint.rated", {
      source: "complaints",
      subject: "c-1",
      data: { ...data, comment: "x" },
    } as never);
    expect(event.data).not.toHaveProperty("comment");
    expect(() =>
      createEvent("complaints.complaint.rated", { source: "complaints", subject: "c-1", data: { ...data, satisfied: "yes" } } as never),
    ).toThrow(/satisfied/);
  });
});

describe("reporting.city-report.issued", () => {
  const data = {
    cityReportId: "7d9e6a51-6f3c-4c55-9d0e-2b0c1a6f7e11",
    number: "1/BC-VP",
    kindCode: "tthc-control-quarterly",
    periodKind: "quarter" as const,
    periodLabel: "Quý II/2025",
    periodStart: "2025-03-15",
    periodEnd: "2025-06-14",
    issuedAt: "2025-06-20T02:00:00.000Z",
    units: { expected: 3, received: 2, accepted: 2, onTime: 2, late: 0 },
    link: "/reporting",
  };
  it("travels on the city report topic and round-trips", () => {
    const event = createEvent("reporting.city-report.issued", { source: "reporting", subject: data.cityReportId, data });
    expect(topicOf(event.type)).toBe("reporting.city-report.v1");
    expect(parseEvent(JSON.parse(JSON.stringify(event)))).toEqual(event);
  });
  it("rejects a negative unit count, naming the field", () => {
    expect(() =>
      createEvent("reporting.city-report.issued", {
        source: "reporting",
        subject: data.cityReportId,
        data: { ...data, units: { ...data.units, late: -1 } },
      }),
    ).toThrow(/late/);
  });
});
