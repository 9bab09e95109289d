/**
 * dayjs as the kit's date library (Ant Design's pickers use it): Vietnamese and English locales,
 * Vietnam time, and the one display format of the UI (dd/MM/yyyy). `Date` scalars (YYYY-MM-DD) are
 * calendar days and stay strings at the API boundary; only the pickers hold Dayjs values.
 */
import dayjs, { type Dayjs } from "dayjs";
import customParseFormat from "dayjs/plugin/customParseFormat";
import timezone from "dayjs/plugin/timezone";
import utc from "dayjs/plugin/utc";
import "dayjs/locale/vi";
import "dayjs/locale/en";

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(customParseFormat);

export const VIETNAM_TZ = "Asia/Ho_Chi_Minh";
dayjs.tz.setDefault(VIETNAM_TZ);

/** Shown everywhere; the pickers also read a day typed without leading zeros. */
export const DATE_FORMAT = "DD/MM/YYYY";
export const DATE_INPUT_FORMATS = [DATE_FORMAT, "D/M/YYYY"];

/** "2025-07-01" → a Dayjs at that calendar day; null for anything else. */
export function dayOf(iso: string | null | undefined): Dayjs | null {
  if (!iso) return null;
  const d = dayjs(iso, "YYYY-MM-DD", true);
  return d.isValid() ? d : null;
}

/** A picked day back to the API's `Date` scalar. */
export function isoOf(day: Dayjs | null | undefined): string | null {
  return day ? day.format("YYYY-MM-DD") : null;
}

/** Today's calendar day in Vietnam, whatever the browser's zone. */
export function todayInVietnam(): string {
  return dayjs().tz(VIETNAM_TZ).format("YYYY-MM-DD");
}

/** dd/MM/yyyy HH:mm in Vietnam time, for instants (DateTime scalars). */
export function formatInstant(iso: string): string {
  return dayjs(iso).tz(VIETNAM_TZ).format(`${DATE_FORMAT} HH:mm`);
}

export function setDayjsLocale(lang: "vi" | "en"): void {
  dayjs.locale(lang);
}

export { dayjs, type Dayjs };
