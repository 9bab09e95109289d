import { useEffect, useState } from "react";
import { Link } from "react-router-dom";
import { useSession } from "../../auth/SessionProvider.tsx";
import { formatDate } from "../../i18n/dates.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { failureText, PLANS_QUERY, type PlanSummary } from "./planning-api.ts";
import { ProgressMeter } from "./ProgressMeter.tsx";

/** Danh sách kế hoạch: every plan the user may see, newest year first, with its roll-up. */
export function PlansPage() {
  const { api } = useSession();
  const { t, lang } = useI18n();
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    api
      .request<{ plans: PlanSummary[] }>(PLANS_QUERY, undefined, controller.signal)
      .then((data) => setPlans(data.plans))
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setError(failureText(err, lang, t));
      });
    return () => controller.abort();
  }, [api, lang, t]);

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("planning.plans.heading")}</h1>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <p className="page-status" role="status">
        {plans === null && !error ? t("planning.loading") : plans?.length === 0 ? t("planning.plans.empty") : ""}
      </p>
      {plans && plans.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("planning.plans.year")}</th>
                <th scope="col">{t("planning.plans.title")}</th>
                <th scope="col">{t("planning.plans.decision")}</th>
                <th scope="col">{t("planning.plans.status")}</th>
                <th scope="col">{t("planning.plans.tasks")}</th>
                <th scope="col">{t("planning.plans.progress")}</th>
              </tr>
            </thead>
            <tbody>
              {plans.map((p) => (
                <tr key={p.id}>
                  <td>{p.year}</td>
                  <td>
                    <Link to={`/planning/plans/${p.id}`}>{p.title}</Link>
                    <span className="secondary">{p.issuingUnit.name}</span>
                  </td>
                  <td className="nowrap">
                    {p.decisionNumber ?? t("planning.plans.noNumber")}
                    {p.decisionDate && <span className="secondary">{formatDate(p.decisionDate)}</span>}
                  </td>
                  <td>{t(`planning.status.${p.status}`)}</td>
                  <td>{p.taskCount}</td>
                  <td>
                    <ProgressMeter progress={p.progress} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
