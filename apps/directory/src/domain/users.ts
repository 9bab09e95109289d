import { FieldViolations, type FieldProblem } from "./errors.ts";

/** The roles a user can hold (vai trò); the same four as the GraphQL enum and the signed actor. */
export const ROLES = ["CITY_ADMIN", "LEADER", "UNIT_OFFICER", "INSPECTOR"] as const;
export type UserRole = (typeof ROLES)[number];

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;
const MAX_FULL_NAME = 200;

export interface UserAccess {
  roles: UserRole[];
  unitId: string | null;
}

export interface NewUserFields extends UserAccess {
  username: string;
  fullName: string;
}

/**
 * Roles and unit as stored: at least one role, no duplicates, and a unit officer acts for exactly one
 * unit (whether that unit exists is the use case's check). Problems are pushed to `problems`.
 */
function normaliseAccess(input: { roles: readonly string[]; unitId?: string | null }, problems: FieldProblem[]): UserAccess {
  const roles = ROLES.filter((r) => input.roles.includes(r));
  const unitId = input.unitId?.trim() || null;
  if (roles.length === 0 || roles.length !== new Set(input.roles).size) {
    problems.push({ field: "roles", messageVi: "Chọn ít nhất một vai trò hợp lệ.", messageEn: "Choose at least one valid role." });
  }
  if (roles.includes("UNIT_OFFICER") && !unitId) {
    problems.push({
      field: "unitId",
      messageVi: "Cán bộ đơn vị phải thuộc một đơn vị.",
      messageEn: "A unit officer must belong to a unit.",
    });
  }
  return { roles, unitId };
}

/** A new account's fields, trimmed; every problem of the form at once. */
export function normaliseNewUser(input: {
  username: string;
  fullName: string;
  roles: readonly string[];
  unitId?: string | null;
}): NewUserFields {
  const problems: FieldProblem[] = [];
  const username = input.username.trim().toLowerCase();
  const fullName = input.fullName.trim().replace(/\s+/g, " ");
  if (!USERNAME.test(username)) {
    problems.push({
      field: "username",
      messageVi: "Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, chữ số, '.', '_' hoặc '-'.",
      messageEn: "Username must be 3–64 characters: lower-case letters, digits, '.', '_' or '-'.",
    });
  }
  if (!fullName || fullName.length > MAX_FULL_NAME) {
    problems.push({
      field: "fullName",
      messageVi: `Họ và tên bắt buộc, tối đa ${MAX_FULL_NAME} ký tự.`,
      messageEn: `Full name is required, at most ${MAX_FULL_NAME} characters.`,
    });
  }
  const access = normaliseAccess(input, problems);
  if (problems.length > 0) throw new FieldViolations(problems);
  return { username, fullName, ...access };
}

/** New roles and unit for an existing account. */
export function normaliseAccessChange(input: { roles: readonly string[]; unitId?: string | null }): UserAccess {
  const problems: FieldProblem[] = [];
  const access = normaliseAccess(input, problems);
  if (problems.length > 0) throw new FieldViolations(problems);
  return access;
}

/**
 * An administrator cannot take away their own administration (remove their CITY_ADMIN role or
 * deactivate themselves): the city would be left without anyone able to undo it.
 */
export function assertNotSelfDemotion(
  actorUserId: string,
  targetUserId: string,
  change: { roles?: UserRole[]; deactivate?: boolean },
): void {
  if (actorUserId !== targetUserId) return;
  if (change.deactivate) {
    throw new FieldViolations([
      { field: "id", messageVi: "Không thể tự vô hiệu hóa tài khoản của mình.", messageEn: "You cannot deactivate your own account." },
    ]);
  }
  if (change.roles && !change.roles.includes("CITY_ADMIN")) {
    throw new FieldViolations([
      {
        field: "roles",
        messageVi: "Không thể tự bỏ vai trò quản trị của mình.",
        messageEn: "You cannot remove your own administrator role.",
      },
    ]);
  }
}
