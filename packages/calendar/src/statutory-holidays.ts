/**
 * Days off predicted from the Labour Code 2019 (Bộ luật Lao động 45/2019/QH14) for a year that no
 * official schedule covers.
 *
 * Art 112.1 lists the paid holidays. Art 112.3 leaves the concrete Tết days and the day next to
 * 02/9 to the Prime Minister each year, so those two are a guess:
 * - Tết (Tết Nguyên đán, 5 days): the last day of the lunar year and the first four of the new one;
 * - National Day (Quốc khánh, 2 days): 02/9 and 01/9, except 03/9 when 02/9 is a Thursday so the
 *   break joins the weekend (this reproduces the choices of 2024–2026).
 * Art 111.3: a holiday on a weekly rest day (Saturday or Sunday for offices) gives a compensatory
 * day off (nghỉ bù) on the next working day.
 * Yearly swaps (làm bù) cannot be predicted at all; that is why callers are warned on fallback.
 */
import { addDays, dayOfWeek, isWeekend, localDate, type LocalDate } from "./local-date.ts";
import { lunarToSolar } from "./lunar.ts";

const THURSDAY = 4;

export function statutoryDaysOff(year: number): Set<LocalDate> {
  const lunarNewYear = lunarToSolar({ year, month: 1, day: 1 });
  const nationalDay = localDate(year, 9, 2);
  const holidays = [
    localDate(year, 1, 1),
    addDays(lunarNewYear, -1),
    lunarNewYear,
    addDays(lunarNewYear, 1),
    addDays(lunarNewYear, 2),
    addDays(lunarNewYear, 3),
    lunarToSolar({ year, month: 3, day: 10 }), // Giỗ Tổ Hùng Vương
    localDate(year, 4, 30),
    localDate(year, 5, 1),
    addDays(nationalDay, dayOfWeek(nationalDay) === THURSDAY ? 1 : -1),
    nationalDay,
  ];
  // Two holidays on one date (possible for Giỗ Tổ and 30/4) are still one day of rest.
  const distinct = [...new Set(holidays)].sort();
  const daysOff = new Set(distinct);
  // In date order, so that the several weekend days inside Tết take successive compensatory days.
  for (const holiday of distinct) {
    if (!isWeekend(holiday)) continue;
    let compensatory = addDays(holiday, 1);
    while (isWeekend(compensatory) || daysOff.has(compensatory)) compensatory = addDays(compensatory, 1);
    daysOff.add(compensatory);
  }
  return daysOff;
}
