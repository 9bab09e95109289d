import { Alert, Button, Space, Tag } from "antd";
import { useState, type ReactNode } from "react";
import { keys, useGraphQLMutation, useGraphQLQuery } from "../../api/query.tsx";
import { formatDate } from "../../i18n/dates.ts";
import { errorText } from "../../i18n/error-message.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { ReasonModal } from "../../ui/ReasonModal.tsx";
import { REVIEW_UNIT_PLAN, UNIT_PLAN_BOARD, type UnitPlan } from "./planning-api.ts";

/** Which units filed their own plan (on time or late), which are missing, and the city office's review of each. */
export function UnitPlanBoard({ planId, canReview }: { planId: string; canReview: boolean }) {
  const { t, lang } = useI18n();
  const boardQuery = useGraphQLQuery([...keys.unitPlans, planId], UNIT_PLAN_BOARD, { planId });
  const board = boardQuery.data?.unitPlanBoard ?? null;
  const reviewUnitPlan = useGraphQLMutation(REVIEW_UNIT_PLAN, [keys.unitPlans]);
  const busy = reviewUnitPlan.isPending;
  const [open, setOpen] = useState<string | null>(null);
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? (boardQuery.isError ? errorText(boardQuery.error, lang, t) : null);
  /** The unit plan whose return reason the dialog asks for. */
  const [returning, setReturning] = useState<UnitPlan | null>(null);

  /** Accepts, or returns with the reason the dialog asked for; returns the failure's text, or null. */
  async function review(row: UnitPlan, decision: "ACCEPT" | "RETURN", comment: string | null): Promise<string | null> {
    setError(null);
    try {
      await reviewUnitPlan.mutateAsync({ planId, unitId: row.unitId, decision, comment });
      return null;
    } catch (err) {
      const text = errorText(err, lang, t);
      setError(text);
      return text;
    }
  }

  if (!board) return error ? <Alert type="error" title={error} /> : null;
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
      {error && !returning && <Alert type="error" title={error} />}
      <ReasonModal
        open={returning !== null}
        title={t("planning.review.return")}
        label={t("planning.unitPlan.returnReason")}
        okText={t("planning.review.return")}
        onCancel={() => setReturning(null)}
        onSubmit={async (comment) => {
          const failure = returning ? await review(returning, "RETURN", comment) : null;
          if (!failure) setReturning(null);
          return failure;
        }}
      />
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
                  <Space wrap>
                    <Button disabled={busy} onClick={() => void review(row, "ACCEPT", null)}>
                      {t("planning.review.accept")}
                    </Button>
                    <Button disabled={busy} onClick={() => setReturning(row)}>
                      {t("planning.review.return")}
                    </Button>
                  </Space>
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
            <Button aria-expanded={open} onClick={onToggle}>
              {t(open ? "planning.unitPlan.hide" : "planning.unitPlan.view")}
            </Button>
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
      <Tag color={row.status === "ACCEPTED" ? "success" : row.status === "RETURNED" ? "warning" : "default"}>
        {t(`planning.unitPlan.status.${row.status}`)}
      </Tag>
      {row.late && <Tag color="error">{t("planning.unitPlan.late")}</Tag>}
      {row.overdue && <Tag color="error">{t("planning.unitPlan.overdue")}</Tag>}
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
