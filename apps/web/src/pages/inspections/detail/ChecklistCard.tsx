import { Alert, Button, Space } from "antd";
import { useState } from "react";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { errorText } from "../../../i18n/error-message.ts";
import { actsForTeam, actsForUnit, useCurrentUser } from "../access.ts";
import { RECORD_SELF, RECORD_TEAM, type Criterion, type InspectionDetail } from "../inspections-api.ts";
import { AnswerInput, formatAnswer, type Answer } from "./AnswerInput.tsx";
import { useInspectionMutation } from "./use-inspection-mutation.ts";

type Column = "self" | "team";

/**
 * Phiếu kiểm tra: every criterion with the unit's self-assessment and the team's assessment side by side;
 * a row where both answered and they disagree is highlighted (colour and the words "Có chênh lệch").
 * While the inspection runs, the unit's officers edit their column until they submit it, the team its own.
 */
export function ChecklistCard({ inspection: i }: { inspection: InspectionDetail }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const running = i.status === "STARTED";
  const editable: Column | null =
    running && actsForTeam(user, i.team) ? "team" : running && actsForUnit(user, i.unitId) && !i.selfSubmittedAt ? "self" : null;
  const differing = i.checklist.flatMap((g) => g.criteria).filter((c) => c.differs).length;

  return (
    <div className="card">
      <h2>{t("inspections.checklist.heading")}</h2>
      {i.checklist.length === 0 ? (
        <p>{t("inspections.checklist.notOpen")}</p>
      ) : (
        <>
          <p role="status" data-testid="checklist-differences">
            {differing > 0 ? t("inspections.checklist.differences", { count: differing }) : t("inspections.checklist.noDifferences")}
          </p>
          {editable ? <EditableChecklist inspection={i} column={editable} /> : <ChecklistTable inspection={i} />}
        </>
      )}
    </div>
  );
}

function ChecklistTable({
  inspection: i,
  column,
  draft,
  onChange,
}: {
  inspection: InspectionDetail;
  column?: Column;
  draft?: Map<string, Answer>;
  onChange?(id: string, answer: Answer): void;
}) {
  const { t } = useI18n();
  const cell = (c: Criterion, side: Column) => {
    if (column === side && draft && onChange)
      return <AnswerInput criterion={c} side={side} answer={draft.get(c.id)!} onChange={(a) => onChange(c.id, a)} />;
    const value = side === "self" ? c.selfValue : c.teamValue;
    const note = side === "self" ? c.selfNote : c.teamNote;
    return (
      <>
        {formatAnswer(c, value ?? null, t)}
        {note && <span className="secondary">{note}</span>}
      </>
    );
  };
  return (
    <div className="table-scroll">
      <table className="checklist-table" aria-label={t("inspections.checklist.heading")}>
        <thead>
          <tr>
            <th scope="col">{t("inspections.checklist.criterion")}</th>
            <th scope="col">{t("inspections.checklist.self")}</th>
            <th scope="col">{t("inspections.checklist.team")}</th>
            <th scope="col">{t("inspections.checklist.difference")}</th>
          </tr>
        </thead>
        {i.checklist.map((g) => (
          <tbody key={g.code}>
            <tr className="group-row">
              <th scope="colgroup" colSpan={4}>
                {g.name}
              </th>
            </tr>
            {g.criteria.map((c) => (
              <tr key={c.id} className={c.differs ? "differs" : undefined} data-testid={`criterion-${c.code}`}>
                <td>
                  <strong>{c.code}</strong> {c.text}
                  <span className="secondary">{t(`inspections.kind.${c.kind}`, { max: c.maxScore ?? 0 })}</span>
                </td>
                <td>{cell(c, "self")}</td>
                <td>{cell(c, "team")}</td>
                <td>{c.differs && <span className="differs-tag">{t("inspections.checklist.differs")}</span>}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** One column in edit mode: every answer is sent at once; the server checks each (a bad one changes nothing). */
function EditableChecklist({ inspection: i, column }: { inspection: InspectionDetail; column: Column }) {
  const { t, lang } = useI18n();
  const recordSelf = useInspectionMutation(RECORD_SELF, i.id);
  const recordTeam = useInspectionMutation(RECORD_TEAM, i.id);
  const record = column === "self" ? recordSelf : recordTeam;
  const [saved, setSaved] = useState(false);
  const [draft, setDraft] = useState(
    () =>
      new Map<string, Answer>(
        i.checklist.flatMap((g) =>
          g.criteria.map((c) => [
            c.id,
            column === "self"
              ? { value: c.selfValue ?? null, note: c.selfNote ?? "" }
              : { value: c.teamValue ?? null, note: c.teamNote ?? "" },
          ]),
        ),
      ),
  );

  async function save(submit: boolean) {
    setSaved(false);
    const answers = [...draft].map(([criterionId, a]) => ({ criterionId, value: a.value, note: a.note.trim() || null }));
    try {
      if (column === "self") await recordSelf.mutateAsync({ id: i.id, answers, submit });
      else await recordTeam.mutateAsync({ id: i.id, answers });
      setSaved(true);
    } catch {
      // Shown below from the mutation's state.
    }
  }

  return (
    <>
      <p>{t(column === "self" ? "inspections.checklist.editSelf" : "inspections.checklist.editTeam")}</p>
      <ChecklistTable
        inspection={i}
        column={column}
        draft={draft}
        onChange={(id, answer) => {
          setSaved(false);
          setDraft((d) => new Map(d).set(id, answer));
        }}
      />
      {record.isError && <Alert type="error" title={errorText(record.error, lang, t)} />}
      {saved && <Alert type="success" role="status" title={t("inspections.saved")} />}
      <Space wrap className="no-print">
        <Button type="primary" loading={record.isPending} onClick={() => void save(false)}>
          {t(column === "self" ? "inspections.checklist.saveSelf" : "inspections.checklist.saveTeam")}
        </Button>
        {column === "self" && (
          <Button loading={record.isPending} onClick={() => void save(true)}>
            {t("inspections.checklist.submitSelf")}
          </Button>
        )}
      </Space>
    </>
  );
}
