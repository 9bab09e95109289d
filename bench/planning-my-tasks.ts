/**
 * "My tasks" at scale: a plan of 5,000 tasks each led by ~12 units on a fresh stack (the province, its departments and
 * its wards/communes since the 2025 reorganisation), then the Phố Hiến ward officer's `myOccurrences` through the gateway vs
 * the same rows read straight from the planning database with one SQL statement, in the same run,
 * printed as a ratio.
 *
 *   npx tsx infra/stack/up.ts test        # the running test stack (or STACK_PROFILE=demo for npm start)
 *   npx tsx bench/planning-my-tasks.ts    # from the repository root
 *
 * A second query asks what the task's roll-up and units add (each row's `task { progress leadUnits }` and
 * `reports`): its time should grow with the rows, not with rows × the plan's size.
 *
 * Environment: BENCH_TASKS (default 5000), BENCH_RUNS (default 30), BENCH_LIMIT (rows per query, default 500),
 * BENCH_NESTED_LIMIT (rows of the second query, default BENCH_LIMIT), BENCH_NESTED_RUNS (default BENCH_RUNS).
 * The bench plan (year 2031, "BENCH" in its title) is created once in the stack's planning database and reused.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { createDb } from "../apps/planning/src/db/client.ts";
import { importPlan } from "../apps/planning/src/use-cases/import-plan.ts";
import { issuePlan } from "../apps/planning/src/use-cases/issue-plan.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const stack = JSON.parse(readFileSync(join(ROOT, `.data/run/${process.env.STACK_PROFILE ?? "test"}/stack.json`), "utf8")) as {
  gatewayUrl: string;
  databaseUrls: Record<string, string>;
};
const TASKS = Number(process.env.BENCH_TASKS ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const LIMIT = Number(process.env.BENCH_LIMIT ?? 500);
const NESTED_LIMIT = Number(process.env.BENCH_NESTED_LIMIT ?? LIMIT);
const NESTED_RUNS = Number(process.env.BENCH_NESTED_RUNS ?? RUNS);
const YEAR = 2031;
const TITLE = `Kiểm soát thủ tục hành chính BENCH ${TASKS} nhiệm vụ năm ${YEAR}`;

function planText(): string {
  const rows = Array.from({ length: TASKS }, (_, i) => {
    const day = new Date(Date.UTC(YEAR, 0, 2 + (i % 360))).toISOString().slice(0, 10).split("-").reverse().join("/");
    return `${i + 1}\tNhiệm vụ thử tải số ${i + 1}: rà soát, công khai thủ tục hành chính\tTrước ngày ${day}\tUBND tỉnh Hưng Yên; Các sở, ban, ngành; UBND các phường, xã\tVăn phòng UBND tỉnh\tBáo cáo kết quả`;
  });
  return [
    "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN",
    "Số: 99/QĐ-UBND",
    `Hưng Yên, ngày 02 tháng 01 năm ${YEAR}`,
    "QUYẾT ĐỊNH",
    `Ban hành Kế hoạch ${TITLE}`,
    `Điều 2. Các đơn vị xây dựng kế hoạch gửi Văn phòng UBND tỉnh trước ngày 10/01/${YEAR}.`,
    "KẾ HOẠCH",
    TITLE,
    "",
    "Stt\tNội dung công việc\tThời gian thực hiện\tĐơn vị chủ trì\tĐơn vị phối hợp\tKết quả",
    "I. Nhiệm vụ thử tải",
    ...rows,
  ].join("\n");
}

async function gql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(stack.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function login(username: string, password: string): Promise<{ token: string; unitId: string }> {
  const data = await gql<{ login: { accessToken: string; user: { unit: { id: string } } } }>(
    `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken user { unit { id } } } }`,
    { u: username, p: password },
  );
  return { token: data.login.accessToken, unitId: data.login.user.unit.id };
}

async function benchPlan(): Promise<string> {
  const db = createDb(stack.databaseUrls.planning as string);
  try {
    const existing = await db.plan.findFirst({ where: { year: YEAR, title: TITLE, status: "issued" } });
    if (existing) return existing.id;
    const started = performance.now();
    const id = await importPlan(db, { text: planText() });
    await issuePlan(
      db,
      id,
      { actor: { kind: "service", service: "bench" }, now: new Date("2031-01-01T08:00:00+07:00") },
      "2031-01-01" as never,
    );
    const count = await db.occurrence.count({ where: { planId: id } });
    console.log(`created the bench plan: ${TASKS} tasks, ${count} occurrences in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return id;
  } finally {
    await db.$disconnect();
  }
}

const MY_TASKS = `query($p: ID, $limit: Int) { myOccurrences(planId: $p, limit: $limit) { id label dueDay status review overdue dueSoon workingDaysLeft task { label content } plan { title } } }`;
const MY_TASKS_NESTED = `query($p: ID, $limit: Int) { myOccurrences(planId: $p, limit: $limit) { id label status overdue
  task { label content progress { total done overdue percentDone } leadUnits { unitId } } reports { id byCoordinatingUnit } } }`;

// The rows and columns the resolver reads, in the resolver's order.
const SQL = `SELECT o.id, o.label, o.due_day, o.status, o.review, o.unit_id, t.number, t.content, s.number AS section_number, p.title
  FROM occurrence o JOIN task t ON t.id = o.task_id JOIN section s ON s.id = t.section_id JOIN plan p ON p.id = o.plan_id
  WHERE o.unit_id = $1 AND o.plan_id = $2::uuid AND p.status = 'issued'
  ORDER BY o.due_day, o.id LIMIT $3`;

async function timeRuns(run: () => Promise<number>, runs = RUNS): Promise<{ medianMs: number; rows: number }> {
  let rows = 0;
  for (let i = 0; i < Math.min(3, runs); i++) rows = await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    rows = await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)] as number, rows };
}

const planId = await benchPlan();
const officer = await login("phuong.leloi", "Leloi@2024");
const pool = new pg.Pool({ connectionString: stack.databaseUrls.planning, max: 1 });
try {
  const gateway = await timeRuns(
    async () => (await gql<{ myOccurrences: unknown[] }>(MY_TASKS, { p: planId, limit: LIMIT }, officer.token)).myOccurrences.length,
  );
  const direct = await timeRuns(async () => (await pool.query(SQL, [officer.unitId, planId, LIMIT])).rowCount ?? 0);
  if (gateway.rows !== direct.rows) throw new Error(`row counts differ: gateway ${gateway.rows}, SQL ${direct.rows}`);
  console.log(`my tasks of one ward in a plan of ${TASKS} tasks × ~12 units, ${gateway.rows} rows per query, median of ${RUNS} runs:`);
  console.log(`  direct SQL to PostgreSQL:  ${direct.medianMs.toFixed(2)} ms`);
  console.log(`  gateway → planning:        ${gateway.medianMs.toFixed(2)} ms`);
  console.log(`  ratio gateway / SQL:       ${(gateway.medianMs / direct.medianMs).toFixed(1)}×`);
  const nested = await timeRuns(
    async () =>
      (await gql<{ myOccurrences: unknown[] }>(MY_TASKS_NESTED, { p: planId, limit: NESTED_LIMIT }, officer.token)).myOccurrences.length,
    NESTED_RUNS,
  );
  const nestedDirect = await timeRuns(
    async () => (await pool.query(SQL, [officer.unitId, planId, NESTED_LIMIT])).rowCount ?? 0,
    NESTED_RUNS,
  );
  console.log(`with each task's progress and units and the reports, ${nested.rows} rows per query, median of ${NESTED_RUNS} runs:`);
  console.log(`  direct SQL (rows only):    ${nestedDirect.medianMs.toFixed(2)} ms`);
  console.log(`  gateway → planning:        ${nested.medianMs.toFixed(2)} ms`);
  console.log(`  ratio gateway / SQL:       ${(nested.medianMs / nestedDirect.medianMs).toFixed(1)}×`);
} finally {
  await pool.end();
}
