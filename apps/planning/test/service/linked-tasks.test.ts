import { createEvent, type EventOf, type EventType } from "@tthc/events";
import { createKafka, ensureTopics, producerDefaults, startConsumer, type Logger } from "@tthc/messaging";
import { kafkaBrokers, waitFor } from "@tthc/test-kit";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activityHandlers } from "../../src/events/activity-handlers.ts";
import { SYSTEM_AUTHOR } from "../../src/use-cases/linked-tasks.ts";
import { UNIT } from "../fixtures/units.ts";
import { ACTORS, errorOf, gql, importSeed, outboxEvents, startHarness, type Harness } from "../harness.ts";

// Friday 10/05/2024: in the second quarter.
const NOW = new Date("2024-05-10T03:00:00Z");
const LINK = `mutation($t: ID!, $k: ActivityKind) { linkTask(taskId: $t, kind: $k) { id label activityKind } }`;
const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

type Handled = keyof typeof activityHandlers;

describe("linked tasks: other services' events advance occurrences with their evidence", () => {
  let h: Harness;
  let planId: string;
  const task: Record<"complaints" | "inspection" | "report", string> = { complaints: "", inspection: "", report: "" };

  /** Delivers an event the way the consumer does: the handler in one transaction. */
  async function deliver<K extends Handled>(event: EventOf<K>) {
    const handler = activityHandlers[event.type as K] as (e: EventOf<K>, tx: unknown) => Promise<void>;
    await h.db.$transaction((tx) => handler(event, tx));
  }
  const eventOf = <K extends EventType>(type: K, subject: string, data: EventOf<K>["data"], time = "2024-05-10T02:00:00Z") =>
    ({ ...createEvent(type, { source: type.split(".")[0]!, subject, data } as Parameters<typeof createEvent<K>>[1]), time }) as EventOf<K>;
  const reportsOf = (occurrenceId: string) => h.db.progressReport.findMany({ where: { occurrenceId } });

  beforeAll(async () => {
    h = await startHarness("linked", { now: () => NOW });
    planId = await importSeed(h.app);
    const byPlace = async (sectionOrder: number, number: string) =>
      (await h.db.task.findFirstOrThrow({ where: { planId, number, section: { order: sectionOrder } } })).id;
    task.complaints = await byPlace(8, "3"); // VIII.3 "Khi nhận được văn bản … chuyển phản ánh, kiến nghị"
    task.inspection = await byPlace(9, "1"); // the second VIII.1 "Theo Kế hoạch kiểm tra"
    task.report = await byPlace(10, "1"); // IX.1 "Định kỳ hàng quý, 01 năm"
  });
  afterAll(async () => {
    await h?.close();
  });

  it("links tasks (city office only; PAKN handling only on a triggered task)", async () => {
    expect(errorOf(await gql(h.app, LINK, { t: task.complaints, k: "COMPLAINT_HANDLING" }, ACTORS.leLoi)).code).toBe("FORBIDDEN");
    const wrong = await gql(h.app, LINK, { t: task.report, k: "COMPLAINT_HANDLING" }, ACTORS.admin);
    expect(errorOf(wrong)).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringMatching(/Khi nhận được văn bản/) });
    expect((await h.db.task.findUniqueOrThrow({ where: { id: task.report } })).activityKind).toBeNull();

    const linked = await gql<{ linkTask: { label: string; activityKind: string } }>(
      h.app,
      LINK,
      { t: task.complaints, k: "COMPLAINT_HANDLING" },
      ACTORS.admin,
    );
    expect(linked.data!.linkTask).toEqual({ id: task.complaints, label: "VIII.3", activityKind: "COMPLAINT_HANDLING" });
    expect((await gql(h.app, LINK, { t: task.inspection, k: "INSPECTION" }, ACTORS.admin)).errors).toBeUndefined();
    expect((await gql(h.app, LINK, { t: task.report, k: "PERIODIC_REPORT" }, ACTORS.admin)).errors).toBeUndefined();
  });

  it("a PAKN transferred to a ward creates the triggered occurrence for that ward, once; answering it makes it done", async () => {
    const complaintId = randomUUID();
    const assigned = eventOf("complaints.complaint.assigned", complaintId, {
      unitId: UNIT.leLoi,
      lead: true,
      dueDay: "2024-05-24",
      title: "PAKN về cấp giấy khai sinh",
      link: `/complaints/${complaintId}`,
    });
    await deliver(assigned);
    await deliver(assigned);
    // A contributing unit gets no occurrence of its own.
    await deliver(
      eventOf("complaints.complaint.assigned", complaintId, {
        unitId: UNIT.minhKhai,
        lead: false,
        dueDay: "2024-05-24",
        title: "PAKN",
        link: `/complaints/${complaintId}`,
      }),
    );

    const occurrences = await h.db.occurrence.findMany({ where: { taskId: task.complaints, key: `complaint:${complaintId}` } });
    expect(occurrences).toHaveLength(1);
    const [occurrence] = occurrences;
    expect(occurrence).toMatchObject({
      unitId: UNIT.leLoi,
      status: "not_started",
      kind: "triggered",
      dueDay: new Date("2024-05-24T00:00:00Z"),
    });

    // The ward sees it among its own tasks.
    const mine = await gql<{ myOccurrences: Array<{ id: string; task: { label: string } }> }>(
      h.app,
      `{ myOccurrences { id task { label } } }`,
      {},
      ACTORS.leLoi,
    );
    expect(mine.data!.myOccurrences.find((o) => o.id === occurrence!.id)?.task.label).toBe("VIII.3");

    await deliver(
      eventOf(
        "complaints.complaint.answered",
        complaintId,
        { unitId: UNIT.leLoi, documentNumber: "45/UBND-VP", onTime: true },
        "2024-05-20T03:00:00Z",
      ),
    );
    await deliver(eventOf("complaints.complaint.closed", complaintId, { outcome: "answered" }, "2024-05-21T03:00:00Z"));
    expect(await h.db.occurrence.findUniqueOrThrow({ where: { id: occurrence!.id } })).toMatchObject({
      status: "done",
      review: "accepted",
    });
    const reports = await reportsOf(occurrence!.id);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      authorId: SYSTEM_AUTHOR,
      status: "done",
      evidenceNumber: "45/UBND-VP",
      evidenceLink: `/complaints/${complaintId}`,
      evidenceDate: new Date("2024-05-20T00:00:00Z"),
      // Accepted when the answer's event happened, not when the handler ran.
      reviewedAt: new Date("2024-05-20T03:00:00Z"),
    });
    const reported = (await outboxEvents(h.db, "planning.occurrence.reported")).filter((e) => e.data.occurrenceId === occurrence!.id);
    expect(reported).toHaveLength(1);
    expect(reported[0]!.data).toMatchObject({ unitId: UNIT.city, status: "done", hasEvidence: true });
    expect(reported[0]!.time).toBe("2024-05-20T03:00:00.000Z");
    // Accepted as written, and said so: reporting counts it done, not overdue (the report's own id, to the ward).
    const accepted = (await outboxEvents(h.db, "planning.occurrence.accepted")).filter((e) => e.data.occurrenceId === occurrence!.id);
    expect(accepted.map((e) => e.data)).toEqual([
      expect.objectContaining({ reportId: reported[0]!.data.reportId, status: "done", comment: null, unitId: occurrence!.unitId }),
    ]);
    expect(accepted[0]!.time).toBe("2024-05-20T03:00:00.000Z");
  });

  it("a PAKN for a task not linked creates nothing", async () => {
    await gql(h.app, LINK, { t: task.complaints, k: null }, ACTORS.admin);
    const complaintId = randomUUID();
    await deliver(
      eventOf("complaints.complaint.assigned", complaintId, {
        unitId: UNIT.leLoi,
        lead: true,
        dueDay: "2024-05-24",
        title: "PAKN",
        link: `/complaints/${complaintId}`,
      }),
    );
    expect(await h.db.occurrence.count({ where: { key: `complaint:${complaintId}` } })).toBe(0);
    await gql(h.app, LINK, { t: task.complaints, k: "COMPLAINT_HANDLING" }, ACTORS.admin);
  });

  it("a concluded inspection advances the inspecting office's occurrence of the quarter, with the conclusion as evidence", async () => {
    const concluded = eventOf("inspections.inspection.concluded", "insp-1", {
      inspectionId: "insp-1",
      unitId: UNIT.leLoi,
      concludedOn: "2024-05-08",
      conclusionNumber: "12/KL-UBND",
      title: "Kiểm tra công tác KSTTHC tại UBND phường Lê Lợi",
      link: "/inspections/insp-1",
    });
    await deliver(concluded);
    await deliver({ ...concluded, id: randomUUID() }); // the same conclusion sent again under a new event id
    const rows = await h.db.occurrence.findMany({ where: { taskId: task.inspection }, orderBy: { dueDay: "asc" } });
    const q2 = rows.find((o) => o.key === "2024-Q2")!;
    expect(q2).toMatchObject({ unitId: UNIT.vanPhong, status: "done" });
    expect(rows.filter((o) => o.status === "done")).toHaveLength(1);
    const reports = await reportsOf(q2.id);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      authorId: SYSTEM_AUTHOR,
      evidenceNumber: "12/KL-UBND",
      evidenceLink: "/inspections/insp-1",
      sourceRef: "inspection:insp-1",
    });
  });

  it("a submitted periodic report advances the lead unit's period occurrence; a ward's own report does not", async () => {
    const submitted = (unitId: string, reportId: string) =>
      eventOf("reporting.report.submitted", reportId, {
        reportId,
        unitId,
        periodKind: "quarter",
        periodLabel: "Quý II/2024",
        submittedOn: "2024-06-14",
        link: `/reporting/reports/${reportId}`,
      });
    await deliver(submitted(UNIT.leLoi, "r-ward"));
    expect(await h.db.progressReport.count({ where: { sourceRef: "report:r-ward" } })).toBe(0);

    await deliver(submitted(UNIT.vanPhong, "r-city"));
    const rows = await h.db.occurrence.findMany({ where: { taskId: task.report, unitId: UNIT.vanPhong } });
    const done = rows.filter((o) => o.status === "done").map((o) => o.key);
    // The quarter's report, not the year's, though the year's period contains the day too.
    expect(done).toEqual(["2024-Q2"]);
    const [report] = await reportsOf(rows.find((o) => o.key === "2024-Q2")!.id);
    expect(report).toMatchObject({ note: "Đã gửi báo cáo Quý II/2024.", evidenceLink: "/reporting/reports/r-city" });
  });

  it("a late report counts for its own period (periodEnd), not for the submission day's", async () => {
    await deliver(
      eventOf("reporting.report.submitted", "r-city-q1", {
        reportId: "r-city-q1",
        unitId: UNIT.vanPhong,
        periodKind: "quarter",
        periodLabel: "Quý I/2024",
        submittedOn: "2024-04-05",
        link: "/reporting/reports/r-city-q1",
        periodStart: "2023-12-15",
        periodEnd: "2024-03-14",
      }),
    );
    const rows = await h.db.occurrence.findMany({ where: { taskId: task.report, unitId: UNIT.vanPhong } });
    expect(
      rows
        .filter((o) => o.status === "done")
        .map((o) => o.key)
        .sort(),
    ).toEqual(["2024-Q1", "2024-Q2"]);
    const [report] = await reportsOf(rows.find((o) => o.key === "2024-Q1")!.id);
    expect(report).toMatchObject({ note: "Đã gửi báo cáo Quý I/2024.", evidenceLink: "/reporting/reports/r-city-q1" });
  });

  it("consumes a concluded inspection through the real broker", async () => {
    const topic = `test.planning.${randomUUID()}.inspections.inspection.v1`;
    const brokers = kafkaBrokers();
    await ensureTopics(brokers, [topic]);
    const consumer = await startConsumer({
      brokers,
      groupId: `planning-linked-${randomUUID()}`,
      topics: [topic],
      runInTransaction: (fn) => h.db.$transaction(fn),
      handlers: activityHandlers,
      log: silent,
    });
    try {
      const event = eventOf("inspections.inspection.concluded", "insp-2", {
        inspectionId: "insp-2",
        unitId: UNIT.minhKhai,
        concludedOn: "2024-08-20",
        conclusionNumber: "30/KL-UBND",
        title: "Kiểm tra tại UBND phường Minh Khai",
        link: "/inspections/insp-2",
      });
      const producer = createKafka({ brokers, clientId: "planning-linked-test", log: silent }).producer(producerDefaults);
      await producer.connect();
      await producer.send({ topic, messages: [{ key: event.subject, value: JSON.stringify(event), headers: { "x-event-id": event.id } }] });
      await producer.disconnect();

      const q3 = await waitFor(async () => {
        const o = await h.db.occurrence.findFirst({ where: { taskId: task.inspection, key: "2024-Q3" } });
        return o?.status === "done" ? o : undefined;
      }, 30_000);
      expect(await reportsOf(q3.id)).toEqual([expect.objectContaining({ evidenceNumber: "30/KL-UBND", sourceRef: "inspection:insp-2" })]);
    } finally {
      await consumer.stop();
    }
  });

  it("approving the year's inspection plan completes the inspecting office's occurrence of that period, in that year's plan only", async () => {
    const approved = (planId: string, year: number, approvedOn: string) =>
      eventOf("inspections.plan.approved", planId, {
        planId,
        year,
        title: `Kế hoạch kiểm tra công tác kiểm soát TTHC năm ${year}`,
        approvedOn,
        inspectionCount: 2,
        unitIds: [UNIT.leLoi, UNIT.minhKhai],
      });
    const planOf2025 = randomUUID();
    await deliver(approved(planOf2025, 2025, "2025-01-10"));
    expect(await h.db.progressReport.count({ where: { sourceRef: `inspection-plan:${planOf2025}` } })).toBe(0);

    const planOf2024 = randomUUID();
    await deliver(approved(planOf2024, 2024, "2024-02-05"));
    await deliver(approved(planOf2024, 2024, "2024-02-05"));
    const q1 = await h.db.occurrence.findFirstOrThrow({ where: { taskId: task.inspection, key: "2024-Q1" } });
    expect(q1).toMatchObject({ unitId: UNIT.vanPhong, status: "done" });
    expect(await reportsOf(q1.id)).toEqual([
      expect.objectContaining({ sourceRef: `inspection-plan:${planOf2024}`, evidenceLink: `/inspections/plans/${planOf2024}` }),
    ]);
  });

  it("a concluded inspection counts for the period it was scheduled in, not the day of its conclusion", async () => {
    const before = await h.db.progressReport.count();
    // Scheduled in the fourth quarter of 2024, concluded in January 2025: the 2024 plan's Q4 occurrence.
    await deliver(
      eventOf("inspections.inspection.concluded", "insp-3", {
        inspectionId: "insp-3",
        unitId: UNIT.minhKhai,
        concludedOn: "2025-01-06",
        conclusionNumber: "02/KL-UBND",
        title: "Kiểm tra tại UBND phường Minh Khai",
        link: "/inspections/insp-3",
        windowStart: "2024-10-01",
        windowEnd: "2024-12-31",
      }),
    );
    expect(await h.db.progressReport.count()).toBe(before + 1);
    const q4 = await h.db.occurrence.findFirstOrThrow({ where: { taskId: task.inspection, key: "2024-Q4" } });
    expect(await reportsOf(q4.id)).toEqual([
      expect.objectContaining({
        sourceRef: "inspection:insp-3",
        evidenceNumber: "02/KL-UBND",
        evidenceDate: new Date("2025-01-06T00:00:00Z"),
      }),
    ]);
  });
});
