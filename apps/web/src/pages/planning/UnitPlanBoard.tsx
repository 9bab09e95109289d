import { useCallback, useEffect, useState, type ReactNode } from "react";
import { useSession } from "../../auth/SessionProvider.tsx";
import { formatDate } from "../../i18n/dates.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { failureText, REVIEW_UNIT_PLAN, UNIT_PLAN_BOARD, type UnitPlan, type UnitPlanBoard as Board } from "./planning-api.ts";

/** Which units filed their own plan (on time or late), which are missing, and the city office's review of each. */
export function UnitPlanBoard({ planId, canReview }: { planId: string; canReview: boolean }) {
  const { api } = useSession();
  const { t, lang } = useI18n();
  const [board, setBoard] = useState<Board | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setBoard((await api.request<{ unitPlanBoard: Board }>(UNIT_PLAN_BOARD, { planId })).unitPlanBoard);
    } catch (err) {
      setError(failureText(err, lang, t));
    }
  }, [api, planId, lang, t]);
  useEffect(() => {
    void load();
  }, [load]);

  async function review(row: UnitPlan, decision: "ACCEPT" | "RETURN") {
    const comment = decision === "RETURN" ? window.prompt(t("planning.unitPlan.returnReason")) : null;
    if (decision === "RETURN" && comment === null) return;
    setBusy(true);
    setError(null);
    try {
      await api.request(REVIEW_UNIT_PLAN, { planId, unitId: row.unitId, decision, comment });
      await load();
    } catch (err) {
      setError(failureText(err, lang, t));
    } finally {
      setBusy(false);
    }
  }

  if (!board)
    return error ? (
      <p className="notice notice--error" role="alert">
        {error}
      </p>
    ) : null;
  const c = board.counts;
  return (
    <section id="unit-plans" aria-labelledby="unit-plans-title">
      <h2 id="unit-plans-title">{t("planning.unitPlans.heading")}</h2>
      <p data-testid="unit-plan-counts">
        {t("planning.unitPlan.counts", {
          deadline: board.deadline ? formatDate(board.deadline) : "—",
          total: board.rows.length,
          submitted: c.submitted + c.accepted,
          late: c.late,
          missing: c.missing + c.draft + c.returned,
          overdue: c.overdue,
        })}
      </p>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <div className="table-scroll">
        <table aria-label={t("planning.unitPlans.heading")}>
          <thead>
            <tr>
              <th scope="col">{t("planning.filter.unit")}</th>
              <th scope="col">{t("planning.plans.status")}</th>
              <th scope="col">{t("planning.unitPlan.submittedAt")}</th>
              <th scope="col">{t("planning.col.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {board.rows.map((row) => (
              <UnitPlanRow
                key={row.unitId}
                row={row}
                open={open === row.unitId}
                onToggle={() => setOpen(open === row.unitId ? null : row.unitId)}
              >
                {canReview && row.status === "SUBMITTED" && (
                  <div className="plan-actions">
                    <button type="button" className="button" disabled={busy} onClick={() => void review(row, "ACCEPT")}>
                      {t("planning.review.accept")}
                    </button>
                    <button type="button" className="button" disabled={busy} onClick={() => void review(row, "RETURN")}>
                      {t("planning.review.return")}
                    </button>
                  </div>
                )}
              </UnitPlanRow>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function UnitPlanRow({ row, open, onToggle, children }: { row: UnitPlan; open: boolean; onToggle: () => void; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <tr data-testid="unit-plan-row">
        <td>{row.unitName}</td>
        <td className="nowrap">
          <UnitPlanStatusBadge row={row} />
        </td>
        <td>{row.submittedOn ? formatDate(row.submittedOn) : "—"}</td>
        <td>
          {row.items.length > 0 && (
            <button type="button" className="button" aria-expanded={open} onClick={onToggle}>
              {t(open ? "planning.unitPlan.hide" : "planning.unitPlan.view")}
            </button>
          )}
          {children}
        </td>
      </tr>
      {open && (
        <tr>
          <td colSpan={4}>
            <UnitPlanText plan={row} />
          </td>
        </tr>
      )}
    </>
  );
}

export function UnitPlanStatusBadge({ row }: { row: Pick<UnitPlan, "status" | "late" | "overdue"> }) {
  const { t } = useI18n();
  return (
    <>
      <span className={row.status === "ACCEPTED" ? "badge badge--done" : "badge"}>{t(`planning.unitPlan.status.${row.status}`)}</span>
      {row.late && <span className="badge badge--overdue">{t("planning.unitPlan.late")}</span>}
      {row.overdue && <span className="badge badge--overdue">{t("planning.unitPlan.overdue")}</span>}
    </>
  );
}

/** The unit's plan as text (never as HTML). */
export function UnitPlanText({ plan }: { plan: Pick<UnitPlan, "title" | "body" | "items" | "reviewComment"> }) {
  const { t } = useI18n();
  return (
    <div className="plan-text">
      <strong>{plan.title}</strong>
      {plan.body && <p>{plan.body}</p>}
      <ol>
        {plan.items.map((item, i) => (
          <li key={i}>
            {item.taskLabel && `[${item.taskLabel}] `}
            {item.content} — {t(item.role === "LEAD" ? "planning.col.lead" : "planning.col.coordinating")}
            {item.timeframeText && ` · ${item.timeframeText}`}
            {item.expectedResult && ` · ${item.expectedResult}`}
          </li>
        ))}
      </ol>
      {plan.reviewComment && <p>{t("planning.unitPlan.comment", { comment: plan.reviewComment })}</p>}
    </div>
  );
}
