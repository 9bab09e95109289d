import type { Role } from "../api/types.ts";
import type { MessageKey } from "../i18n/vi.ts";

export interface Section {
  path: string;
  label: MessageKey;
  /** False while the section only shows the "being built" page. */
  built: boolean;
  /** Shown only to users holding one of these roles (the server refuses the others anyway). */
  roles?: readonly Role[];
}

/** The admin app's top-level sections, in navigation order. */
export const SECTIONS: readonly Section[] = [
  { path: "/", label: "nav.home", built: true }, // Việc cần làm
  { path: "/planning", label: "nav.planning", built: true }, // Kế hoạch
  { path: "/complaints", label: "nav.complaints", built: true }, // Phản ánh, kiến nghị (PAKN)
  { path: "/inspections", label: "nav.inspections", built: true }, // Kiểm tra
  { path: "/reporting", label: "nav.reporting", built: true }, // Báo cáo
  { path: "/directory", label: "nav.directory", built: true }, // Danh mục đơn vị
  { path: "/reorganisation", label: "nav.reorganisation", built: true, roles: ["CITY_ADMIN"] }, // Sắp xếp đơn vị
  { path: "/users", label: "nav.users", built: true, roles: ["CITY_ADMIN"] }, // Quản lý tài khoản
];

/** The sections a user with these roles sees. */
export function sectionsFor(roles: readonly Role[]): Section[] {
  return SECTIONS.filter((s) => !s.roles || s.roles.some((r) => roles.includes(r)));
}

/** Where a user holding a temporary password is sent until they change it. */
export const CHANGE_PASSWORD_PATH = "/change-password";

/** Where every role lands after signing in: Việc cần làm, the work waiting for the user. */
export const HOME_PATH = "/";
