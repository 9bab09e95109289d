import { Alert, Button, Form, InputNumber, Select, Space, Tag } from "antd";
import { Link, useSearchParams } from "react-router-dom";
import { keys, useGraphQLQuery } from "../../../api/query.tsx";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { todayInVietnam } from "../../../ui/dayjs.ts";
import { INSPECTION_CALENDAR_QUERY, type CalendarEntry } from "../inspections-api.ts";
import { dayRange, statusKey, typeKey } from "../labels.ts";
import { byMonth } from "./calendar-grid.ts";

interface Range {
  year: number;
  fromMonth: number;
  toMonth: number;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

// The address bar is anyone's input: a bad year or month falls back to this year's whole calendar.
function rangeFrom(p: URLSearchParams): Range {
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const year = Number.parseInt(p.get("year") ?? "", 10);
  const from = Number.parseInt(p.get("from") ?? "", 10);
  const to = Number.parseInt(p.get("to") ?? "", 10);
  const validMonths = from >= 1 && to <= 12 && from <= to;
  return {
    year: year >= 2000 && year <= 2100 ? year : thisYear,
    fromMonth: validMonths ? from : 1,
    toMonth: validMonths ? to : 12,
  };
}

/**
 * Lịch kiểm tra: the chosen months of a year, each with its inspections (by visit day, else the
 * scheduled window), every inspection linking to its page, with the server's warnings where a unit is
 * inspected twice in a month or a person is on two teams on the same day.
 */
export function CalendarPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const range = rangeFrom(params);
  const calendar = useGraphQLQuery([...keys.inspections, "calendar", range], INSPECTION_CALENDAR_QUERY, range, {
    placeholderData: (previous) => previous,
  });
  const items = calendar.data?.inspectionCalendar.items ?? null;
  const months = items ? byMonth(items, range.year, range.fromMonth, range.toMonth) : [];

  return (
    <section aria-labelledby="page-title" className="stack">
      <h1 id="page-title">{t("inspections.calendar.heading", { year: range.year })}</h1>
      <RangeForm
        key={params.toString()}
        initial={range}
        onApply={(r) => setParams(new URLSearchParams({ year: String(r.year), from: String(r.fromMonth), to: String(r.toMonth) }))}
      />
      {calendar.isError && <Alert type="error" title={errorText(calendar.error, lang, t)} />}
      <p className="page-status" role="status">
        {calendar.isFetching && !items ? t("inspections.loading") : items ? t("inspections.calendar.count", { count: items.length }) : ""}
      </p>
      <div className="calendar-grid">
        {months.map(({ month, entries }) => (
          <section key={month} className="card calendar-month" aria-labelledby={`month-${month}`}>
            <h2 id={`month-${month}`}>{t("inspections.calendar.month", { month, year: range.year })}</h2>
            {entries.length === 0 ? (
              <p className="secondary">{t("inspections.calendar.none")}</p>
            ) : (
              <ul className="calendar-month__list">
                {entries.map((entry) => (
                  <CalendarItem key={entry.inspection.id} entry={entry} />
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}

function CalendarItem({ entry: { inspection: i, warnings } }: { entry: CalendarEntry }) {
  const { t } = useI18n();
  return (
    <li>
      <Link to={`/inspections/${i.id}`}>{i.unitName ?? t("inspections.unknownUnit")}</Link>
      <div>
        <Link className="secondary" to={`/inspections/units/${i.unitId}`}>
          {t("inspections.unit.link")}
        </Link>
      </div>
      <div className="secondary">
        {i.startDay && i.endDay
          ? t("inspections.calendar.visit", { days: dayRange(i.startDay, i.endDay) })
          : dayRange(i.windowStart, i.windowEnd)}
      </div>
      <div>{i.focus}</div>
      <Space size={4} wrap>
        <Tag>{t(typeKey(i.type))}</Tag>
        <Tag color="blue">{t(statusKey(i.status))}</Tag>
      </Space>
      {warnings.map((w) => (
        <div key={`${w.kind}-${w.otherInspectionId}`} className="field-error">
          ⚠ {w.message}
        </div>
      ))}
    </li>
  );
}

function RangeForm({ initial, onApply }: { initial: Range; onApply(r: Range): void }) {
  const { t } = useI18n();
  // Twelve options: all rendered (no virtual list), so each is reachable by keyboard and by name.
  const options = MONTHS.map((m) => ({ value: m, label: t("inspections.calendar.monthOption", { month: m }) }));
  return (
    <Form<Range>
      name="calendarRange"
      className="filters"
      role="search"
      aria-label={t("inspections.calendar.range")}
      layout="vertical"
      initialValues={initial}
      onFinish={onApply}
    >
      <Form.Item label={t("inspections.year")} name="year" rules={[{ required: true, message: t("inspections.plan.yearRequired") }]}>
        <InputNumber min={2000} max={2100} style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item label={t("inspections.calendar.fromMonth")} name="fromMonth">
        <Select options={options} virtual={false} />
      </Form.Item>
      <Form.Item
        label={t("inspections.calendar.toMonth")}
        name="toMonth"
        dependencies={["fromMonth"]}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, to: number) =>
              to >= Number(getFieldValue("fromMonth")) ? Promise.resolve() : Promise.reject(new Error(t("inspections.calendar.badRange"))),
          }),
        ]}
      >
        <Select options={options} virtual={false} />
      </Form.Item>
      <Space className="filters__actions">
        <Button type="primary" htmlType="submit">
          {t("inspections.calendar.show")}
        </Button>
      </Space>
    </Form>
  );
}
