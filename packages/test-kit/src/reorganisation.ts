/**
 * The setup of a reorganisation against a running stack, shared by the gateway suite
 * (tests/integration/reorganisation.test.ts) and the browser suite (tests/e2e/reorganisation.e2e.test.ts):
 * wards of the test's own under the seeded province, officers with passwords of their own, an issued plan whose
 * task a ward leads, and an open PAKN in a ward's inbox. Demo units are never touched (other suites rely on them).
 * Every call goes through the GraphQL endpoint given (the gateway, or the web app's /graphql in front of it).
 */
import { bearer, loginAt, postGraphql } from "./graphql-client.ts";
import { waitFor } from "./index.ts";

type Headers = Record<string, string>;

/** The data of a call that must succeed; throws with the server's errors otherwise. */
export async function must<T>(url: string, query: string, variables: Record<string, unknown>, headers: Headers): Promise<T> {
  const r = await postGraphql<T>(url, query, variables, headers);
  if (r.errors || !r.data) throw new Error(`${query.slice(0, 60)}… failed: ${JSON.stringify(r.errors)}`);
  return r.data;
}

/** `now`'s day in Vietnam (UTC+7, no daylight saving), shifted by `days`, as YYYY-MM-DD. */
export function vietnamDay(now: Date, days = 0): string {
  return new Date(now.getTime() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The seeded province (UBND tỉnh Hưng Yên): the parent of the test's wards, as of every ward since the
 * 2025 reorganisation closed the city.
 */
export async function seededProvinceId(url: string, admin: Headers): Promise<string> {
  const { units } = await must<{ units: Array<{ id: string; name: string }> }>(
    url,
    `{ units(levelCode: "province") { id name } }`,
    {},
    admin,
  );
  return units.find((u) => u.name === "UBND tỉnh Hưng Yên")!.id;
}

/**
 * The province's copy for `year` of a plan of the closed city (the 2024 seed plan), issued: each closed
 * ward's work goes to its successor (Lê Lợi's to Phố Hiến). Returns the copy's id.
 */
export async function issueProvinceCopy(url: string, admin: Headers, planId: string, year: number): Promise<string> {
  const { copyPlan } = await must<{ copyPlan: { id: string } }>(
    url,
    `mutation($id: ID!, $year: Int!, $issuer: ID) { copyPlan(id: $id, year: $year, issuingUnitId: $issuer) { id } }`,
    { id: planId, year, issuer: await seededProvinceId(url, admin) },
    admin,
  );
  await must(url, `mutation($id: ID!) { issuePlan(id: $id) { status } }`, { id: copyPlan.id }, admin);
  return copyPlan.id;
}

/** A ward of the test's own under `parentId`, existing from `validFrom`. */
export async function createWard(
  url: string,
  admin: Headers,
  input: { code: string; name: string; parentId: string; validFrom: string },
): Promise<{ id: string; name: string }> {
  const data = await must<{ createUnit: { id: string; name: string } }>(
    url,
    `mutation ($i: CreateUnitInput!) { createUnit(input: $i) { id name } }`,
    { i: { ...input, levelCode: "commune" } },
    admin,
  );
  return data.createUnit;
}

/** A UNIT_OFFICER of `unitId` who has replaced the temporary password with `password`; signed in. */
export async function createOfficer(
  url: string,
  admin: Headers,
  input: { username: string; fullName: string; unitId: string; password: string },
): Promise<Headers> {
  const { createUser } = await must<{ createUser: { temporaryPassword: string } }>(
    url,
    `mutation ($input: CreateUserInput!) { createUser(input: $input) { temporaryPassword } }`,
    { input: { username: input.username, fullName: input.fullName, roles: ["UNIT_OFFICER"], unitId: input.unitId } },
    admin,
  );
  const first = bearer((await loginAt(url, input.username, createUser.temporaryPassword)).accessToken);
  await must(
    url,
    `mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
    { c: createUser.temporaryPassword, n: input.password },
    first,
  );
  return bearer((await loginAt(url, input.username, input.password)).accessToken);
}

/**
 * A plan document (the province's decision and its one-task plan) whose task `wardName` leads in `timeframe`
 * ("Quý I, II, III", "Trước ngày 10/3/2026", …), as the import reads it.
 */
export function oneTaskPlanText(opts: { number: string; year: number; tag: string; wardName: string; timeframe: string }): string {
  const { number, year, tag, wardName, timeframe } = opts;
  return [
    "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN",
    `Số: ${number}/QĐ-UBND`,
    `Hưng Yên, ngày 20 tháng 12 năm ${year - 1}`,
    "QUYẾT ĐỊNH",
    `Ban hành Kế hoạch rà soát thủ tục hành chính năm ${year} (${tag})`,
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
    "Điều 2. Các đơn vị tổ chức thực hiện.",
    "Điều 3. Các đơn vị chịu trách nhiệm thi hành Quyết định này./.",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Nguyễn Văn An",
    "KẾ HOẠCH",
    `Rà soát thủ tục hành chính năm ${year} (${tag})`,
    "",
    "Stt\tNội dung công việc\tThời gian thực hiện\tĐơn vị chủ trì\tĐơn vị phối hợp\tKết quả",
    `1\tRà soát thủ tục hành chính của phường (${tag})\t${timeframe}\t${wardName}\t\tBáo cáo`,
  ].join("\n");
}

/**
 * Imports and issues the plan (its issue notifies the ward). Planning learns a new ward from the
 * directory's events, so the import is retried until it has; the written name is mapped to the ward.
 */
export async function importIssuedPlan(url: string, admin: Headers, text: string, ward: { id: string; name: string }): Promise<string> {
  const input = { text, mappings: [{ name: ward.name, unitId: ward.id }] };
  const { id } = await waitFor(async () => {
    const r = await postGraphql<{ importPlan: { id: string } }>(
      url,
      `mutation ($input: PlanDocumentInput!) { importPlan(input: $input) { id } }`,
      { input },
      admin,
    );
    if (r.errors) throw new Error(r.errors[0]!.message);
    return r.data!.importPlan;
  }, 30_000);
  await must(url, `mutation ($id: ID!) { issuePlan(id: $id) { status } }`, { id }, admin);
  return id;
}

/**
 * A PAKN received by post an hour before `now`, about the officials of `unitId` (so its sender is hidden
 * from the unit), classified and transferred to the unit as lead (the transfer notifies the unit).
 */
export async function openComplaintFor(
  url: string,
  admin: Headers,
  input: { unitId: string; now: Date; senderName: string; content: string },
): Promise<string> {
  const { intakeComplaint } = await must<{ intakeComplaint: { complaint: { id: string } } }>(
    url,
    `mutation ($i: IntakeComplaintInput!) { intakeComplaint(input: $i) { complaint { id } } }`,
    {
      i: {
        channel: "POST",
        receivedAt: new Date(input.now.getTime() - 3_600_000).toISOString(),
        senderName: input.senderName,
        senderAddress: "Số 3 phố Thử Nghiệm",
        senderPhone: "0912 000 111",
        regulation: "Thủ tục chứng thực bản sao từ bản chính",
        content: input.content,
      },
    },
    admin,
  );
  const id = intakeComplaint.complaint.id;
  await must(
    url,
    `mutation ($id: ID!, $u: ID!) { classifyComplaint(id: $id, input: { kind: FEEDBACK, category: "official-conduct", field: "Chứng thực", regulation: "Chứng thực bản sao", concernedUnitId: $u }) { status } }`,
    { id, u: input.unitId },
    admin,
  );
  await must(
    url,
    `mutation ($id: ID!, $u: ID!) { transferComplaint(id: $id, units: [{ unitId: $u, lead: true }]) { status } }`,
    { id, u: input.unitId },
    admin,
  );
  return id;
}
