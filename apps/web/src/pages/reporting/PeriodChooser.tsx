import { DatePicker, Select } from "antd";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/vi.ts";
import { DATE_INPUT_FORMATS, dayOf, isoOf, todayInVietnam } from "../../ui/dayjs.ts";
import { periodHolding, periodsPerYear, type ChosenPeriod, type ReportKind } from "./reporting-api.ts";

/** The years offered: a few back (late reports, audits) and the next one (a period that ends next year). */
function years(current: number): number[] {
  return Array.from({ length: 6 }, (_, i) => current + 1 - i);
}

/** Report kind, then year and quarter or half for the periodic kinds, or the first and last day of an ad-hoc one. */
export function PeriodChooser({
  kinds,
  kind,
  period,
  onChange,
}: {
  kinds: readonly ReportKind[];
  kind: ReportKind;
  period: ChosenPeriod;
  onChange(kind: ReportKind, period: ChosenPeriod): void;
}) {
  const { t, lang } = useI18n();
  const today = todayInVietnam();
  const count = periodsPerYear(kind.periodKind);
  const set = (patch: Partial<ChosenPeriod>) => onChange(kind, { ...period, ...patch });

  return (
    <div className="panel reports-period" role="group" aria-label={t("reports.period.group")}>
      <label>
        <span>{t("reports.kind")}</span>
        <Select
          className="reports-kind"
          aria-label={t("reports.kind")}
          value={kind.code}
          options={kinds.map((k) => ({ value: k.code, label: k.nameText[lang] }))}
          // Another kind opens on its period holding today: a quarter index means nothing to a year.
          onChange={(code) => {
            const next = kinds.find((k) => k.code === code)!;
            onChange(next, periodHolding(next, today));
          }}
        />
      </label>
      {kind.periodKind === "ad-hoc" ? (
        <>
          <label>
            <span>{t("reports.period.from")}</span>
            <DatePicker format={DATE_INPUT_FORMATS} value={dayOf(period.start)} onChange={(d) => set({ start: isoOf(d) ?? "" })} />
          </label>
          <label>
            <span>{t("reports.period.to")}</span>
            <DatePicker format={DATE_INPUT_FORMATS} value={dayOf(period.end)} onChange={(d) => set({ end: isoOf(d) ?? "" })} />
          </label>
        </>
      ) : (
        <>
          <label>
            <span>{t("reports.period.year")}</span>
            <Select
              aria-label={t("reports.period.year")}
              value={period.year}
              options={years(Number(today.slice(0, 4))).map((y) => ({ value: y, label: String(y) }))}
              onChange={(year) => set({ year })}
            />
          </label>
          {count > 0 && (
            <label>
              <span>{t("reports.period.index")}</span>
              <Select
                aria-label={t("reports.period.index")}
                value={period.index}
                options={Array.from({ length: count }, (_, i) => ({
                  value: i + 1,
                  label: t(`reports.period.${kind.periodKind}.${i + 1}` as MessageKey),
                }))}
                onChange={(index) => set({ index })}
              />
            </label>
          )}
        </>
      )}
      <p className="reports-note">{t("reports.period.rule", { cutoff: kind.cutoffDay, days: kind.deadlineWorkingDays })}</p>
    </div>
  );
}
