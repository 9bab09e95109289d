/**
 * The demo profile's PAKN (STACK_PROFILE=demo only: the test stack starts with an empty inbox):
 * `tsx src/seed.ts` with the service's env, run by infra/stack/up.ts after the directory's seed.
 *
 * Each PAKN is taken in by the city office and moved along the lifecycle by the same use cases as
 * the GraphQL mutations, acting as the officer each rule asks for (the office classifies, transfers,
 * approves, answers and publishes; the lead unit drafts). It all happened over the past weeks, so
 * the commands run on the service's injected clock (`deps.now`) set to each step's instant, on office
 * days before the process clock's now: deadlines, overdue warnings and "answered on time" come out
 * of the domain's own rules, as they would have.
 *
 * Idempotent: a PAKN whose sender email is already on file is skipped, so a second run adds nothing.
 */
import { addDays, createCalendar, toLocalDate, type LocalDate } from "@tthc/calendar";
import { clock, type Actor } from "@tthc/service-kit";
import { unitIdsByCode } from "@tthc/unit-replica";
import { complaintsDeps } from "./app.ts";
import { createDb, type Db } from "./db/client.ts";
import type { ComplaintCommand } from "./domain/index.ts";
import { loadSeedEnv } from "./env.ts";
import { DEMO_COMPLAINTS, MAIN_PATH, OFFICE_CODE, type DemoComplaint } from "./seed-data.ts";
import { runCommand } from "./use-cases/commands.ts";
import type { ComplaintsDeps } from "./use-cases/deps.ts";
import { intakeComplaint } from "./use-cases/receive.ts";

const calendar = createCalendar();

function user(unitId: string, role: "CITY_ADMIN" | "UNIT_OFFICER"): Actor {
  return { kind: "user", userId: `demo-seed:${unitId}`, username: "demo-seed", unitId, roles: [role], sessionId: "demo-seed" };
}

/** The working day on or before `day`. */
function workingDayUpTo(day: LocalDate): LocalDate {
  let d = day;
  while (!calendar.isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

type Step = { actor: "office" | "lead"; command: ComplaintCommand };

/** The commands that take a PAKN from received to its demo state. */
export function stepsTo(entry: DemoComplaint, unitIds: readonly string[], answerDay: LocalDate): Step[] {
  const office = (command: ComplaintCommand): Step => ({ actor: "office", command });
  const classify = office({ type: "classify", ...entry.classification });
  const transfer = office({ type: "transfer", units: unitIds.map((unitId, i) => ({ unitId, lead: i === 0 })) });
  if (entry.target === "returned") {
    return [
      classify,
      office({
        type: "return",
        reason: "Nội dung là tranh chấp dân sự, không thuộc phạm vi phản ánh, kiến nghị về quy định hành chính.",
        guidance: "Đề nghị ông/bà liên hệ Tòa án nhân dân có thẩm quyền hoặc tổ chức hòa giải ở cơ sở để được hướng dẫn.",
      }),
    ];
  }
  if (entry.target === "paused") {
    return [classify, transfer, office({ type: "pause", reason: "Chờ người gửi bổ sung số hồ sơ và ngày nộp để xác minh." })];
  }
  const all: Step[] = [
    classify,
    transfer,
    {
      actor: "lead",
      command: {
        type: "draftAnswer",
        text: `Đơn vị đã kiểm tra nội dung phản ánh về ${entry.classification.regulation.toLowerCase()}; đã chấn chỉnh việc tiếp nhận, niêm yết công khai thành phần hồ sơ theo đúng quy định và hướng dẫn cán bộ thực hiện thống nhất.`,
        documentNumber: `${100 + entry.daysAgo}/UBND-TL`,
        documentDate: answerDay,
      },
    },
    office({ type: "approveAnswer" }),
    office({ type: "sendAnswer" }),
    office({
      type: "publish",
      publishedQuestion: `Phản ánh, kiến nghị về ${entry.classification.regulation.toLowerCase()}.`,
      publishedText:
        "UBND tỉnh đã chỉ đạo đơn vị kiểm tra, chấn chỉnh; thành phần hồ sơ được niêm yết công khai tại Bộ phận Một cửa và trên Cổng Dịch vụ công.",
      personalDataRemovedConfirmed: true,
    }),
    office({ type: "close" }),
  ];
  return all.slice(0, MAIN_PATH.indexOf(entry.target as (typeof MAIN_PATH)[number]));
}

/**
 * When each step happened: received on `received`, the steps spread over the days since, on working
 * days, at office hours, strictly increasing and all before `now` (a PAKN received today moves along
 * in the minutes before now).
 */
function stepInstants(received: LocalDate, steps: number, daysAgo: number, n: number, now: Date): Date[] {
  const days = [received, ...Array.from({ length: steps }, (_, k) => addDays(received, Math.round(((k + 1) * daysAgo) / (steps + 1))))];
  const instants = days.map((d, k) => {
    const day = k === 0 || workingDayUpTo(d) < received ? d : workingDayUpTo(d);
    const hour = String(8 + ((n + k) % 8)).padStart(2, "0");
    const minute = String((n * 11 + k * 7) % 60).padStart(2, "0");
    const wanted = new Date(`${day}T${hour}:${minute}:00+07:00`);
    const latest = new Date(now.getTime() - (days.length - k) * 60_000);
    return wanted < latest ? wanted : latest;
  });
  for (let k = 1; k < instants.length; k += 1) {
    if (instants[k]! <= instants[k - 1]!) instants[k] = new Date(instants[k - 1]!.getTime() + 60_000);
  }
  return instants;
}

export interface ComplaintsDemoResult {
  created: number;
  byStatus: Record<string, number>;
}

/**
 * Seed the demo PAKN through `deps` (whose clock is the process clock: "now"). Throws when the unit
 * replica has not received the demo's units yet.
 */
export async function seedComplaintsDemo(deps: ComplaintsDeps): Promise<ComplaintsDemoResult> {
  const realNow = deps.now();
  const today = toLocalDate(realNow);
  const codes = [OFFICE_CODE, ...DEMO_COMPLAINTS.flatMap((c) => c.units)];
  const ids = await unitIdsByCode(deps.db, codes);
  const missing = codes.filter((c) => !ids.has(c));
  if (missing.length > 0) throw new Error(`the unit replica has no ${[...new Set(missing)].join(", ")} yet`);
  const office = user(ids.get(OFFICE_CODE)!, "CITY_ADMIN");

  let stepNow = realNow;
  const stepped: ComplaintsDeps = { ...deps, now: () => stepNow };
  const result: ComplaintsDemoResult = { created: 0, byStatus: {} };
  for (const [n, entry] of DEMO_COMPLAINTS.entries()) {
    if (await deps.db.complaint.findFirst({ where: { senderEmail: entry.senderEmail }, select: { id: true } })) continue;
    const unitIds = entry.units.map((code) => ids.get(code)!);
    const lead = unitIds[0] ? user(unitIds[0], "UNIT_OFFICER") : office;
    const stepCount = stepsTo(entry, unitIds, today).length;
    const instants = stepInstants(addDays(today, -entry.daysAgo), stepCount, entry.daysAgo, n, realNow);
    // The answer's document is dated the day the lead unit drafts it (the third step).
    const steps = stepsTo(entry, unitIds, toLocalDate(instants[3] ?? realNow));

    stepNow = instants[0]!;
    const { row } = await intakeComplaint(stepped, office, `demo-seed-${n}`, {
      channel: entry.channel,
      receivedAt: instants[0]!,
      senderName: entry.senderName,
      senderAddress: entry.senderAddress,
      senderPhone: entry.senderPhone,
      senderEmail: entry.senderEmail,
      regulation: entry.regulation,
      content: entry.content,
    });
    let status = row.status;
    for (const [k, step] of steps.entries()) {
      stepNow = instants[k + 1]!;
      const actor = step.actor === "lead" ? lead : office;
      status = (await runCommand(stepped, actor, `demo-seed-${n}`, row.id, step.command)).status;
    }
    result.created += 1;
    result.byStatus[status] = (result.byStatus[status] ?? 0) + 1;
  }
  return result;
}

async function waitForReplica(db: Db, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const codes = [OFFICE_CODE, ...DEMO_COMPLAINTS.flatMap((c) => c.units)];
  while ((await unitIdsByCode(db, codes)).size < new Set(codes).size) {
    if (Date.now() > deadline)
      throw new Error("the unit replica has not received the demo's units: is the directory seeded and the complaints consumer running?");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function main(): Promise<void> {
  const env = loadSeedEnv();
  const db = createDb(env.DATABASE_URL);
  try {
    await waitForReplica(db, 60_000);
    const { created, byStatus } = await seedComplaintsDemo(complaintsDeps(env, db, { now: clock }));
    console.log(`complaints: ${created} demo PAKN created ${JSON.stringify(byStatus)} (the rest existed)`);
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    console.error("complaints seed failed:", err);
    process.exit(1);
  });
}
