/**
 * The city report (báo cáo của thành phố) to the province: the city office consolidates the accepted unit
 * reports of a kind and period, issues them with a number as DOCX and XLSX (stored files of this service,
 * downloaded through the gateway's `/files/reporting/<id>`), and reporting.city-report.issued goes out.
 * Issuing again (after more reports were accepted) gives a new number; earlier issues stay listed.
 */
import { fromDbDate, parseLocalDate, toDbDate } from "@tthc/calendar";
import { enqueue } from "@tthc/messaging";
import { DOCX, storeFile, type FileStore, type StoredFile } from "@tthc/files";
import { badInput, forbidden, requireRole, type Actor } from "@tthc/service-kit";
import type { Db, Tx } from "../db/client.ts";
import type { CityReport } from "../db/generated/client.ts";
import { findKind, indicatorsOf } from "../db/registry.ts";
import { cityReportNumber, consolidate, type AcceptedReport } from "../domain/city-report.ts";
import type { Figure } from "../domain/report-figures.ts";
import { cityReportDocx, cityReportXlsx, type CityReportFacts, type DocumentSettings } from "../documents/city-report.ts";
import { cityReportEvent } from "../events/outgoing.ts";
import { XLSX_TYPE } from "./dossier-import.ts";
import { completenessCounts, readableUnit, type ReportDeps } from "./unit-reports.ts";

/** What issuing needs besides the database: where files go and who issues the report. */
export interface CityReportDeps {
  files: FileStore;
  settings: DocumentSettings;
}

const fileBase = (report: Pick<CityReport, "number" | "periodKey">) =>
  `Bao-cao-thanh-pho-${report.periodKey}-so-${report.number.replace(/[^\p{L}\p{N}-]+/gu, "-")}`;

/** The report's two files as the API returns them, with the gateway path each downloads from. */
export const cityReportFiles = (report: CityReport) => ({
  docx: { id: report.docxFileId, name: `${fileBase(report)}.docx`, url: `/files/reporting/${report.docxFileId}` },
  xlsx: { id: report.xlsxFileId, name: `${fileBase(report)}.xlsx`, url: `/files/reporting/${report.xlsxFileId}` },
});

/** Who downloads the report's files: whoever reads every unit's reports (the city office, leaders, inspectors, partners with reports:read). */
export function canDownloadCityReport(actor: Actor): boolean {
  try {
    return readableUnit(actor) === null;
  } catch {
    return false;
  }
}

type PeriodReport = {
  unitId: string;
  unitName: string;
  status: string;
  submittedLate: boolean | null;
  narrative: string | null;
  figures: unknown;
  periodLabel: string;
  periodStart: Date;
  periodEnd: Date;
};

/** City office only: consolidate the period's accepted reports and issue the city report. */
export async function issueCityReport(
  db: Db,
  deps: CityReportDeps,
  actor: Actor,
  kindCode: string,
  periodKey: string,
  at: ReportDeps,
): Promise<CityReport> {
  const admin = requireRole(actor, "CITY_ADMIN");
  return db.$transaction(
    async (tx) => {
      const kind = await findKind(tx, kindCode);
      if (!kind) throw badInput("Không có loại báo cáo này.", "kindCode");
      // One issue at a time: the number counts the year's issues.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('reporting.city-report.number'))`;
      // Every report of the period (a city's units: tens to a few hundred), in Vietnamese order of the unit's name.
      const reports = await tx.$queryRaw<PeriodReport[]>`
        SELECT r."unitId", COALESCE(u.name, r."unitId") AS "unitName", r."status", r."submittedLate", r."narrative", r."figures",
               r."periodLabel", r."periodStart", r."periodEnd"
        FROM "UnitReport" r LEFT JOIN unit_replica u ON u.id = r."unitId"
        WHERE r."kindCode" = ${kind.code} AND r."periodKey" = ${periodKey}
        ORDER BY u.name COLLATE "vi-VN-x-icu", r."unitId"`;
      const accepted = reports.filter((r) => r.status === "accepted");
      if (accepted.length === 0)
        throw badInput("Chưa có báo cáo nào của đơn vị được chấp nhận trong kỳ này, chưa lập được báo cáo của thành phố.", "periodKey");
      const period = accepted[0]!;
      const counts = await completenessCounts(tx, kind.code, periodKey, at.today);
      const year = Number(at.today.slice(0, 4));
      const issuedThisYear = await tx.cityReport.count({
        where: { issuedOn: { gte: toDbDate(parseLocalDate(`${year}-01-01`)), lte: toDbDate(parseLocalDate(`${year}-12-31`)) } },
      });
      const number = cityReportNumber(issuedThisYear + 1, deps.settings.symbol);
      const { tables } = consolidate(
        await indicatorsOf(tx, kind.indicatorCodes),
        accepted.map((r): AcceptedReport => ({
          unitId: r.unitId,
          unitName: r.unitName,
          narrative: r.narrative,
          submittedLate: r.submittedLate === true,
          // Frozen at submission, with the unit's corrections applied (value).
          figures: (r.figures ?? []) as Figure[],
        })),
      );
      const facts: CityReportFacts = {
        number,
        issuedOn: at.today,
        kindName: kind.name,
        periodLabel: period.periodLabel,
        periodStart: fromDbDate(period.periodStart),
        periodEnd: fromDbDate(period.periodEnd),
        counts: {
          expected: counts.expected,
          received: counts.submitted,
          accepted: counts.accepted,
          onTime: counts.onTime,
          late: counts.late,
        },
        units: reports.map((r) => ({ unitName: r.unitName, status: r.status, submittedLate: r.submittedLate, narrative: r.narrative })),
        tables,
      };
      const base = fileBase({ number, periodKey });
      const store = (name: string, type: string, bytes: Buffer): Promise<StoredFile> =>
        storeFile(tx, deps.files, actor, { name, type, bytes }, () => at.now);
      const docx = await store(`${base}.docx`, DOCX, await cityReportDocx(facts, deps.settings));
      const xlsx = await store(`${base}.xlsx`, XLSX_TYPE, await cityReportXlsx(facts));
      const report = await tx.cityReport.create({
        data: {
          number,
          kindCode: kind.code,
          periodKey,
          periodLabel: facts.periodLabel,
          periodStart: period.periodStart,
          periodEnd: period.periodEnd,
          issuedOn: toDbDate(at.today),
          issuedAt: at.now,
          issuedBy: admin.userId,
          ...facts.counts,
          docxFileId: docx.id,
          xlsxFileId: xlsx.id,
        },
      });
      await enqueue(tx, cityReportEvent(report, kind.periodKind, actor));
      return report;
    },
    // Two generated files inside the transaction: more than the default 5 s on a busy machine.
    { timeout: 30_000 },
  );
}

export interface CityReportFilter {
  kindCode: string;
  periodKey: string;
  first?: number | null;
  offset?: number | null;
}

/** The issued city reports of a kind and period, newest first; city readers only. */
export async function listCityReports(db: Db | Tx, actor: Actor, filter: CityReportFilter) {
  if (readableUnit(actor) !== null) throw forbidden("Chỉ Văn phòng, lãnh đạo và cán bộ kiểm tra xem được báo cáo của thành phố.");
  const first = filter.first ?? 20;
  const offset = filter.offset ?? 0;
  if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput("Số dòng mỗi trang phải từ 1 đến 100.", "first");
  if (!Number.isInteger(offset) || offset < 0) throw badInput("Vị trí trang không hợp lệ.", "offset");
  const where = { kindCode: filter.kindCode, periodKey: filter.periodKey };
  const [items, total] = await Promise.all([
    db.cityReport.findMany({ where, orderBy: [{ issuedAt: "desc" }, { id: "asc" }], take: first, skip: offset }),
    db.cityReport.count({ where }),
  ]);
  return { items, total };
}
