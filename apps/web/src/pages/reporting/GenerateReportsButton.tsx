import { Button } from "antd";
import { useState } from "react";
import { keys, useGraphQLMutation } from "../../api/query.tsx";
import { errorText } from "../../i18n/error-message.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { GENERATE_EXPECTED_REPORTS, type ChosenPeriod, type ReportKind } from "./reporting-api.ts";

/** City office: create the expected report of every unit of the period (again: only the missing ones, e.g. a new unit). */
export function GenerateReportsButton({ kind, period }: { kind: ReportKind; period: ChosenPeriod }) {
  const { t, lang } = useI18n();
  const generate = useGraphQLMutation(GENERATE_EXPECTED_REPORTS, [keys.reports]);
  const [message, setMessage] = useState<string | null>(null);
  const adHoc = kind.periodKind === "ad-hoc";

  function run() {
    setMessage(null);
    generate.mutate(
      {
        kindCode: kind.code,
        ...(adHoc ? { start: period.start, end: period.end } : { year: period.year, index: period.index }),
      },
      { onSuccess: (data) => setMessage(t("reports.generate.done", { count: data.generateExpectedReports })) },
    );
  }

  return (
    <div>
      <Button onClick={run} loading={generate.isPending}>
        {t("reports.generate")}
      </Button>
      <span role="status" className="reports-note">
        {message}
      </span>
      {generate.isError && (
        <span className="field-error" role="alert">
          {errorText(generate.error, lang, t)}
        </span>
      )}
    </div>
  );
}
