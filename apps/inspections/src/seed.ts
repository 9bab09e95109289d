/**
 * The demo profile's inspections (STACK_PROFILE=demo only: the test stack starts with none, as its suites
 * expect): `tsx src/seed.ts` with the service's env, run by infra/stack/up.ts after the directory's seed.
 *
 * This year's plan, drafted by the city office and approved by a leader, schedules three inspections of demo
 * units; the one of Phố Hiến, visited some five weeks ago, went through the service's own use cases: team,
 * checklist, a finding and its recommendation (due ten working days after the visit, so by now usually past
 * due and still open), and the conclusion notice. Dates are counted back from today, within this year.
 *
 * Idempotent: the plan is found by its year and title, and each step runs only if the inspection has not
 * reached it yet, so a second run (every `npm start`) changes nothing.
 */
import { addDays, createCalendar, toLocalDate, type LocalDate } from "@tthc/calendar";
import { localFileStore } from "@tthc/files";
import { clock, demoUserId, type Actor, type ChangeContext } from "@tthc/service-kit";
import { unitIdsByCode } from "@tthc/unit-replica";
import { documentDeps } from "./app.ts";
import { createDb, type Db } from "./db/client.ts";
import { loadSeedEnv } from "./env.ts";
import type { DocumentDeps } from "./use-cases/documents.ts";
import { issueRecommendation, recordFinding } from "./use-cases/findings.ts";
import { concludeInspection, formTeam, startInspection } from "./use-cases/inspections.ts";
import { approvePlan, createPlan } from "./use-cases/plans.ts";

const calendar = createCalendar();

// The demo's units after the 2025 reorganisation (directory's DEMO_REORGANISATION): the plan is of the
// current year, issued by the province, and inspects merged wards and a provincial department.
const OFFICE = "hy.van-phong";
const PROVINCE = "hy";
const PHO_HIEN = "hy.p.pho-hien";
const SON_NAM = "hy.p.son-nam";
const TU_PHAP = "hy.so-tu-phap";
const CODES = [OFFICE, PROVINCE, PHO_HIEN, SON_NAM, TU_PHAP];

const planTitle = (year: number) => `Kế hoạch kiểm tra công tác kiểm soát TTHC, cơ chế một cửa năm ${year}`;

function seedActor(unitId: string, role: "CITY_ADMIN" | "LEADER"): Actor {
  return { kind: "user", userId: `demo-seed:${unitId}`, username: "demo-seed", unitId, roles: [role], sessionId: "demo-seed" };
}

/** The working day on or after `day`. */
function workingDayFrom(day: LocalDate): LocalDate {
  let d = day;
  while (!calendar.isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

const monthOf = (day: LocalDate) => Number(day.slice(5, 7));

/**
 * The concluded inspection's days: the visit about five weeks before today (not before the year's first
 * working day), two working days, the notice a week after it or today if sooner.
 */
export function demoVisit(today: LocalDate): { start: LocalDate; end: LocalDate; concludedOn: LocalDate } {
  const yearStart = `${today.slice(0, 4)}-01-01` as LocalDate;
  const back = addDays(today, -35);
  const start = workingDayFrom(back < yearStart ? yearStart : back);
  const end = workingDayFrom(addDays(start, 1));
  const notice = addDays(end, 7);
  return { start, end, concludedOn: notice < today ? notice : today };
}

export interface InspectionsDemoResult {
  planCreated: boolean;
  stepsRun: number;
}

/** Seed the demo inspections at `now`. Throws when the unit replica has not received the demo's units yet. */
export async function seedInspectionsDemo(db: Db, documents: DocumentDeps, now: Date): Promise<InspectionsDemoResult> {
  const today = toLocalDate(now);
  const year = Number(today.slice(0, 4));
  const ids = await unitIdsByCode(db, CODES);
  const missing = CODES.filter((c) => !ids.has(c));
  if (missing.length > 0) throw new Error(`the unit replica has no ${missing.join(", ")} yet`);
  const unit = (code: string) => ids.get(code)!;
  const office: ChangeContext = { actor: seedActor(unit(OFFICE), "CITY_ADMIN"), correlationId: "demo-seed-inspections", now };
  const leader: ChangeContext = { actor: seedActor(unit(PROVINCE), "LEADER"), correlationId: "demo-seed-inspections", now };
  const visit = demoVisit(today);
  const result: InspectionsDemoResult = { planCreated: false, stepsRun: 0 };

  let plan = await db.inspectionPlan.findFirst({ where: { year, title: planTitle(year) } });
  if (!plan) {
    plan = await createPlan(
      db,
      {
        year,
        title: planTitle(year),
        items: [
          {
            unitId: unit(PHO_HIEN),
            periodKind: "month",
            period: monthOf(visit.start),
            type: "periodic",
            focus: "Công khai TTHC tại Bộ phận một cửa; giải quyết hồ sơ đúng hạn và phiếu xin lỗi khi trễ hạn",
          },
          {
            unitId: unit(SON_NAM),
            periodKind: "month",
            period: monthOf(today),
            type: "periodic",
            focus: "Dịch vụ công trực tuyến và thanh toán trực tuyến",
          },
          {
            unitId: unit(TU_PHAP),
            periodKind: "quarter",
            period: Math.ceil(monthOf(today) / 3),
            type: "thematic",
            focus: "Số hóa hồ sơ, kết quả giải quyết TTHC",
          },
        ],
      },
      office,
    );
    result.planCreated = true;
  }
  if (plan.status === "draft") {
    await approvePlan(db, plan.id, leader);
    result.stepsRun += 1;
  }

  const inspection = await db.inspection.findFirst({ where: { planId: plan.id, unitId: unit(PHO_HIEN) } });
  if (!inspection) throw new Error("the approved demo plan has no inspection of Phố Hiến");
  if (inspection.status === "scheduled") {
    await formTeam(
      db,
      inspection.id,
      {
        decisionNumber: `12/QĐ-UBND`,
        decisionDate: addDays(visit.start, -7),
        startDay: visit.start,
        endDay: visit.end,
        // The demo inspector leads and the demo administrator keeps the record: their directory ids are named
        // from their usernames (demoUserId), so "kiemtra" can act for this team in the demo.
        members: [
          { userId: demoUserId("kiemtra"), name: "Vũ Thị Kiểm", role: "lead" },
          { userId: demoUserId("admin"), name: "Nguyễn Văn Quản", role: "secretary" },
        ],
      },
      office,
    );
    await startInspection(db, inspection.id, null, office);
    result.stepsRun += 2;
  }
  if ((await db.inspection.findUniqueOrThrow({ where: { id: inspection.id } })).status === "started") {
    if ((await db.finding.count({ where: { inspectionId: inspection.id } })) === 0) {
      const criterion = await db.criterion.findFirst({ where: { inspectionId: inspection.id, code: "1.1" } });
      const finding = await recordFinding(
        db,
        inspection.id,
        {
          criterionId: criterion?.id ?? null,
          severity: "major",
          description: "Chưa niêm yết công khai 12 TTHC mới được công bố; bảng niêm yết tại Bộ phận một cửa chưa cập nhật.",
        },
        office,
      );
      await issueRecommendation(
        db,
        finding.id,
        { text: "Niêm yết bổ sung 12 TTHC mới công bố và cập nhật bảng niêm yết; báo cáo kết quả về Văn phòng.", workingDays: 10 },
        office,
      );
      result.stepsRun += 2;
    }
    await concludeInspection(db, documents, inspection.id, { conclusionNumber: "25/TB-VP", concludedOn: visit.concludedOn }, office);
    result.stepsRun += 1;
  }
  return result;
}

async function waitForReplica(db: Db, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await unitIdsByCode(db, CODES)).size < CODES.length) {
    if (Date.now() > deadline)
      throw new Error("the unit replica has not received the demo's units: is the directory seeded and the inspections consumer running?");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function main(): Promise<void> {
  const env = loadSeedEnv();
  const db = createDb(env.DATABASE_URL);
  try {
    await waitForReplica(db, 60_000);
    const { planCreated, stepsRun } = await seedInspectionsDemo(db, documentDeps(env, localFileStore(env.INSPECTIONS_FILES_DIR)), clock());
    console.log(`inspections: demo plan ${planCreated ? "created" : "existed"}, ${stepsRun} steps run`);
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    console.error("inspections seed failed:", err);
    process.exit(1);
  });
}
