/**
 * Dates in the UI are always dd/MM/yyyy, whatever the browser locale. `Date` scalars (YYYY-MM-DD) are
 * calendar days, so they are handled as strings — going through `new Date()` would shift them by the
 * browser's time zone.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DISPLAY_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const pad2 = (n: number): string => String(n).padStart(2, "0");

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** "2025-07-01" → "01/07/2025"; anything that is not an ISO day is returned unchanged. */
export function formatDate(isoDate: string): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) return isoDate;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** "1/7/2025" or "01/07/2025" → "2025-07-01"; undefined when the text is not a real calendar day. */
export function parseDisplayDate(text: string): string | undefined {
  const m = DISPLAY_DATE.exec(text.trim());
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDay(year, month, day)) return undefined;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}
