import type { MessageKey } from "../i18n/vi.ts";

export interface Section {
  path: string;
  label: MessageKey;
  /** False while the section only shows the "being built" page. */
  built: boolean;
}

/** The admin app's top-level sections, in navigation order. */
export const SECTIONS: readonly Section[] = [
  { path: "/planning", label: "nav.planning", built: true }, // Kế hoạch
  { path: "/complaints", label: "nav.complaints", built: true }, // Phản ánh, kiến nghị (PAKN)
  { path: "/inspections", label: "nav.inspections", built: false }, // Kiểm tra
  { path: "/reporting", label: "nav.reporting", built: false }, // Báo cáo
  { path: "/directory", label: "nav.directory", built: true }, // Danh mục đơn vị
];

export const HOME_PATH = "/directory";
