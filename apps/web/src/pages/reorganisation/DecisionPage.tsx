import { Alert, App, Button } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useEffect, useRef, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { keys, useGraphQLMutation, useGraphQLQuery, useQueryClient } from "../../api/query.tsx";
import { formatDate } from "../../i18n/dates.ts";
import { errorText } from "../../i18n/error-message.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/vi.ts";
import { DataTable } from "../../ui/DataTable.tsx";
import { dayOf, formatInstant } from "../../ui/dayjs.ts";
import { unitPath, useUnitOptionsAsOf, workKindsText } from "../units-query.ts";
import { DecisionStatusTag } from "./DecisionStatusTag.tsx";
import {
  DECISION_QUERY,
  parseChanges,
  PREVIEW_QUERY,
  SCHEDULE_DECISION,
  type Decision,
  type DraftedChange,
  type Preview,
} from "./reorganisation-query.ts";

/** While the job has not applied a scheduled decision, its status is asked again this often (the test stack's job runs every 2 s). */
const POLL_MS = 2_000;

/** One row of the preview's counts: how much of one kind of work a closed unit holds, as one service counts it. */
interface CountRow {
  key: string;
  unitName: string;
  service: string;
  what: string;
  count: number;
}

const SERVICE_FIELDS = [
  ["planning", "planningWorkToMove"],
  ["complaints", "complaintsWorkToMove"],
  ["inspections", "inspectionsWorkToMove"],
  ["reporting", "reportingWorkToMove"],
] as const;

/** The preview's counts as rows: each service's own count per closed unit, then the directory's (accounts, notifications). */
function countRows(preview: Preview): CountRow[] {
  const names = new Map(preview.successions.map((s) => [s.predecessor.id, s.predecessor.name]));
  const seen = new Set<string>();
  const rows: CountRow[] = [];
  for (const { predecessor } of preview.successions) {
    // A split names its unit once per successor: count its work once.
    if (seen.has(predecessor.id)) continue;
    seen.add(predecessor.id);
    for (const [service, field] of SERVICE_FIELDS)
      predecessor[field].forEach((w, i) =>
        rows.push({ key: `${predecessor.id}-${service}-${i}`, unitName: predecessor.name, service, what: w.what, count: w.count }),
      );
  }
  preview.counts.forEach((c, i) =>
    rows.push({
      key: `${c.unit.id}-${c.service}-${i}`,
      unitName: names.get(c.unit.id) ?? c.unit.id,
      service: c.service,
      what: c.what,
      count: c.count,
    }),
  );
  return rows;
}

/** A decision: its changes in words, what it would move where (counted per service), applying it, and its status. */
export function DecisionPage() {
  const { id = "" } = useParams();
  const { t, lang } = useI18n();
  const { modal } = App.useApp();
  const query = useGraphQLQuery(
    keys.reorganisationDecision(id),
    DECISION_QUERY,
    { id },
    {
      // Scheduled: the job applies it on the effective date; the page follows until it has.
      refetchInterval: (q) => (q.state.data?.reorganisationDecision?.status === "SCHEDULED" ? POLL_MS : false),
    },
  );
  const decision = query.data?.reorganisationDecision;
  const status = decision?.status;
  const client = useQueryClient();
  const wasScheduled = useRef(false);
  useEffect(() => {
    if (status === "SCHEDULED") wasScheduled.current = true;
    else if (status && wasScheduled.current) {
      // The job has applied it (or failed): the list's status and the units it changed are stale now.
      wasScheduled.current = false;
      void client.invalidateQueries({ queryKey: [...keys.reorganisation, "list"] });
      void client.invalidateQueries({ queryKey: keys.units });
    }
  }, [status, client]);
  const schedule = useGraphQLMutation(SCHEDULE_DECISION, [keys.reorganisation]);
  const [actionError, setActionError] = useState<unknown>(null);

  if (decision === undefined)
    return query.isError ? (
      <Alert type="error" title={errorText(query.error, lang, t)} />
    ) : (
      <p className="page-status">{t("reorg.loading")}</p>
    );
  if (decision === null) return <Alert type="error" title={t("reorg.notFound")} />;

  function confirmApply(d: Decision) {
    modal.confirm({
      title: t("reorg.apply.confirmTitle", { number: d.number }),
      content: t("reorg.apply.confirmText", { date: formatDate(d.effectiveFrom) }),
      okText: t("reorg.apply.button"),
      cancelText: t("reorg.form.cancel"),
      onOk: async () => {
        setActionError(null);
        try {
          await schedule.mutateAsync({ id: d.id });
        } catch (err) {
          setActionError(err);
        }
      },
    });
  }

  return (
    <section aria-labelledby="page-title" className="stack">
      <p>
        <Link to="/reorganisation">← {t("reorg.heading")}</Link>
      </p>
      <h1 id="page-title">{t("reorg.decision.heading", { number: decision.number })}</h1>
      <div className="card">
        <dl className="facts">
          <dt>{t("reorg.col.signedOn")}</dt>
          <dd>{formatDate(decision.signedOn)}</dd>
          <dt>{t("reorg.col.effectiveFrom")}</dt>
          <dd>{formatDate(decision.effectiveFrom)}</dd>
          <dt>{t("reorg.col.status")}</dt>
          <dd data-testid="decision-status">
            <DecisionStatusTag status={decision.status} />
            {decision.appliedAt && (
              <span className="secondary">{t("reorg.decision.appliedAt", { at: formatInstant(decision.appliedAt) })}</span>
            )}
          </dd>
        </dl>
      </div>
      {decision.failure && <Alert type="error" title={t("reorg.decision.failure")} description={decision.failure} />}
      {actionError != null && <Alert type="error" title={errorText(actionError, lang, t)} />}
      {(decision.status === "DRAFT" || decision.status === "FAILED") && (
        <p>
          <Button type="primary" onClick={() => confirmApply(decision)}>
            {t("reorg.apply.button")}
          </Button>
        </p>
      )}
      {decision.status === "SCHEDULED" && <p role="status">{t("reorg.apply.waiting", { date: formatDate(decision.effectiveFrom) })}</p>}

      <h2>{t("reorg.decision.changes")}</h2>
      <ChangeList decision={decision} />

      {/* Once applied the units have changed: what it did is their history (linked from the changes above). */}
      {decision.status !== "APPLIED" && <PreviewSection id={decision.id} />}
    </section>
  );
}

/** The drafted changes in words, units named as they were the day before the decision took effect. */
function ChangeList({ decision }: { decision: Decision }) {
  const { t } = useI18n();
  const lastDay = dayOf(decision.effectiveFrom)?.subtract(1, "day").format("YYYY-MM-DD") ?? null;
  const unitsOfLastDay = useUnitOptionsAsOf(lastDay);
  const names = new Map(unitsOfLastDay.options.map((u) => [u.value, u.label]));
  // Until the names are in, a link reads "…" rather than an id nobody can read.
  const unit = (id: string | undefined) =>
    id ? <Link to={unitPath(id)}>{names.get(id) ?? (unitsOfLastDay.loading ? "…" : id)}</Link> : "—";
  const target = (s: { unitId?: string; newUnit?: { name: string } } | undefined) =>
    s?.newUnit ? t("reorg.change.newUnit", { name: s.newUnit.name }) : unit(s?.unitId);
  const describe = (c: DraftedChange) => {
    switch (c.kind) {
      case "MERGE":
        return (
          <>
            {(c.unitIds ?? []).map((u, i) => (
              <span key={u}>
                {i > 0 && ", "}
                {unit(u)}
              </span>
            ))}{" "}
            → {target(c.into)}
          </>
        );
      case "SPLIT":
        return (
          <>
            {unit(c.unitId)} →{" "}
            {(c.successors ?? []).map((s, i) => (
              <span key={i}>
                {i > 0 && ", "}
                {target(s)}
              </span>
            ))}
          </>
        );
      case "DISSOLVE":
        return (
          <>
            {unit(c.unitId)} → {unit(c.receiverId)}
          </>
        );
      case "RENAME":
        return (
          <>
            {unit(c.unitId)} → {c.name}
          </>
        );
      case "MOVE":
        return (
          <>
            {unit(c.unitId)} → {unit(c.parentId)}
          </>
        );
      case "CHANGE_LEVEL":
        return (
          <>
            {unit(c.unitId)} → {c.levelCode}
          </>
        );
    }
  };
  return (
    <ol className="card" aria-label={t("reorg.decision.changes")}>
      {parseChanges(decision.changesJson).map((c, i) => (
        <li key={i}>
          <strong>{t(`reorg.kind.${c.kind}`)}:</strong> {describe(c)}
        </li>
      ))}
    </ol>
  );
}

/** What the decision would move where, and how much of it each service holds now. */
function PreviewSection({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const query = useGraphQLQuery(keys.reorganisationPreview(id), PREVIEW_QUERY, { id });
  const preview = query.data?.reorganisationPreview;
  const columns: ColumnsType<CountRow> = [
    { title: t("reorg.preview.col.unit"), dataIndex: "unitName" },
    { title: t("reorg.preview.col.service"), key: "service", render: (_, r) => t(`reorg.service.${r.service}` as MessageKey) },
    {
      title: t("reorg.preview.col.what"),
      key: "what",
      // The directory counts by key (users, unreadNotifications); the other services send their own words.
      render: (_, r) => (r.service === "directory" ? t(`reorg.what.${r.what}` as MessageKey) : r.what),
    },
    { title: t("reorg.preview.col.count"), dataIndex: "count", className: "number" },
  ];
  return (
    <>
      <h2>{t("reorg.preview.heading")}</h2>
      {query.isError && <Alert type="error" title={errorText(query.error, lang, t)} />}
      {!preview ? (
        !query.isError && <p className="page-status">{t("reorg.preview.loading")}</p>
      ) : (
        <>
          <ul className="card" aria-label={t("reorg.preview.successions")}>
            {preview.successions.map((s, i) => (
              <li key={i}>
                {t("reorg.preview.succession", { from: s.predecessor.name, to: s.successorName })}
                <div className="secondary">{workKindsText(s.workKinds, t)}</div>
              </li>
            ))}
          </ul>
          {preview.newUnitNames.length > 0 && <p>{t("reorg.preview.newUnits", { names: preview.newUnitNames.join("; ") })}</p>}
          <DataTable<CountRow>
            label={t("reorg.preview.table")}
            rowKey="key"
            columns={columns}
            dataSource={countRows(preview)}
            pagination={false}
          />
        </>
      )}
    </>
  );
}
