import { Alert, Button, Input, Select, Space, Upload } from "antd";
import { useId, useRef, useState, type FormEvent } from "react";
import { useNavigate } from "react-router-dom";
import { keys, useGraphQLMutation } from "../../api/query.tsx";
import { useSession } from "../../auth/SessionProvider.tsx";
import { formatDate } from "../../i18n/dates.ts";
import { errorText } from "../../i18n/error-message.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { dayOfYear, useUnitOptionsAsOf, type UnitOption } from "../units-query.ts";
import { ColumnMapTable, UnitSplitTable } from "./ImportChoices.tsx";
import {
  GROUP_RULES,
  IMPORT_PLAN,
  PREVIEW_IMPORT,
  type ColumnCorrection,
  type ColumnRole,
  type ImportPreview,
  type NameMapping,
  type SplitChoice,
} from "./planning-api.ts";
import { sectionLabel } from "./labels.ts";

type PreviewTask = ImportPreview["tasks"][number];

interface Source {
  text: string | null;
  docxFileId: string | null;
}

/** The user's corrections of how the document reads; each one asks for a fresh preview. */
interface Corrections {
  /** Readings picked for unit cell pieces, by the piece's text (sent with the import, remembered for the issuer). */
  splits: Record<string, string[]>;
  /** Column roles changed from the importer's map, by header. */
  columns: Record<string, ColumnRole>;
}

const NO_CORRECTIONS: Corrections = { splits: {}, columns: {} };

function correctionInput(corrections: Corrections): { splitChoices: SplitChoice[]; columns: ColumnCorrection[] } {
  return {
    splitChoices: Object.entries(corrections.splits).map(([text, names]) => ({ text, names })),
    columns: Object.entries(corrections.columns).map(([header, role]) => ({ header, role })),
  };
}

/**
 * Nhập kế hoạch: paste the decision (or upload its .docx), check the preview and its warnings, pick how
 * unsure unit cells read, correct the column map, map unknown unit names, confirm.
 */
export function ImportPlanPage() {
  const { api } = useSession();
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const id = useId();
  const [text, setText] = useState("");
  const [source, setSource] = useState<Source | null>(null);
  const [corrections, setCorrections] = useState<Corrections>(NO_CORRECTIONS);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  // A written name maps to a unit that exists when the plan's year starts (1 January); the service
  // accepts any unit existing during the plan's years, so what the picker offers is always accepted.
  const units = useUnitOptionsAsOf(dayOfYear(preview?.year, "01-01")).options;
  const importPlan = useGraphQLMutation(IMPORT_PLAN, [keys.plans]);
  /** Per written name: "unit:<id>" or "rule:<GroupRule>", "" while not chosen. */
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [uploadPercent, setUploadPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Only the latest preview request may show its answer: choices made in quick succession each ask for one. */
  const lastRequest = useRef(0);

  // Only names of the current reading: a corrected split or column map may have removed some.
  const mappings = (): NameMapping[] => {
    const written = new Set(preview?.unitNames.map((n) => n.name) ?? []);
    return Object.entries(choices).flatMap(([name, choice]): NameMapping[] => {
      if (!written.has(name)) return [];
      if (choice.startsWith("unit:")) return [{ name, unitId: choice.slice(5) }];
      if (choice.startsWith("rule:")) return [{ name, rule: choice.slice(5) as NameMapping["rule"] }];
      return [];
    });
  };

  /** A new document starts over; a correction of the same document keeps the preview on screen while it is read again. */
  async function runPreview(next: Source, nextCorrections: Corrections) {
    const request = ++lastRequest.current;
    const fresh = next !== source;
    setBusy(true);
    setError(null);
    if (fresh) {
      setPreview(null);
      setChoices({});
    }
    try {
      const data = await api.request(PREVIEW_IMPORT, { input: { ...next, ...correctionInput(nextCorrections) } });
      if (request !== lastRequest.current) return;
      setSource(next);
      setCorrections(nextCorrections);
      setPreview(data.previewPlanImport);
    } catch (err) {
      if (request === lastRequest.current) setError(errorText(err, lang, t));
    } finally {
      if (request === lastRequest.current) setBusy(false);
    }
  }

  function submitText(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void runPreview({ text, docxFileId: null }, NO_CORRECTIONS);
  }

  async function chooseDocx(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setUploadPercent(0);
      const uploaded = await api.upload("/files/planning", file, setUploadPercent);
      setUploadPercent(null);
      await runPreview({ text: null, docxFileId: uploaded.id }, NO_CORRECTIONS);
    } catch (err) {
      setError(errorText(err, lang, t));
      setUploadPercent(null);
      setBusy(false);
    }
  }

  function chooseSplit(splitText: string, names: string[]) {
    if (!source) return;
    void runPreview(source, { ...corrections, splits: { ...corrections.splits, [splitText]: names } });
  }

  function changeColumn(header: string, role: ColumnRole) {
    if (!source) return;
    // Another column map may drop the cells a split choice was made for (the service refuses a choice
    // for a cell the document does not have), so the split choices start over with it.
    void runPreview(source, { splits: {}, columns: { ...corrections.columns, [header]: role } });
  }

  async function confirm() {
    if (!source) return;
    setBusy(true);
    setError(null);
    try {
      const data = await importPlan.mutateAsync({ input: { ...source, ...correctionInput(corrections), mappings: mappings() } });
      // The navigation settles by itself (and unmounts this page); there is nothing to wait for.
      void navigate(`/planning/plans/${data.importPlan.id}`);
    } catch (err) {
      setError(errorText(err, lang, t));
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("planning.import.heading")}</h1>
      <form className="plan-form" onSubmit={submitText} noValidate>
        <label htmlFor={`${id}-text`}>{t("planning.import.text")}</label>
        <Input.TextArea
          id={`${id}-text`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-hint`}
          spellCheck={false}
        />
        <small id={`${id}-hint`}>{t("planning.import.textHint")}</small>
        <Space className="plan-actions" wrap>
          <Button type="primary" htmlType="submit" disabled={busy}>
            {t("planning.import.preview")}
          </Button>
          <Upload
            id={`${id}-docx`}
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            showUploadList={false}
            disabled={busy}
            // The file goes through the API client (with progress) and straight into the preview.
            beforeUpload={(file) => {
              void chooseDocx(file);
              return false;
            }}
          >
            <Button>{uploadPercent === null ? t("planning.import.docx") : `${t("planning.import.docx")} ${uploadPercent}%`}</Button>
          </Upload>
        </Space>
      </form>
      <p className="page-status" role="status">
        {busy ? t("planning.import.working") : ""}
      </p>
      {error && <Alert className="plan-text" type="error" title={error} />}
      {preview && (
        <Preview
          preview={preview}
          units={units}
          choices={choices}
          onChoose={(name, choice) => setChoices((c) => ({ ...c, [name]: choice }))}
          splitChoices={corrections.splits}
          onChooseSplit={chooseSplit}
          onChangeColumn={changeColumn}
          busy={busy}
        />
      )}
      {preview && (
        <div className="plan-actions">
          <Button type="primary" loading={busy} onClick={() => void confirm()}>
            {t("planning.import.confirm")}
          </Button>
        </div>
      )}
    </section>
  );
}

interface PreviewProps {
  preview: ImportPreview;
  units: UnitOption[];
  choices: Record<string, string>;
  onChoose(name: string, choice: string): void;
  splitChoices: Record<string, string[]>;
  onChooseSplit(text: string, names: string[]): void;
  onChangeColumn(header: string, role: ColumnRole): void;
  busy: boolean;
}

function Preview({ preview, units, choices, onChoose, splitChoices, onChooseSplit, onChangeColumn, busy }: PreviewProps) {
  const { t } = useI18n();
  const unresolved = preview.unitNames.filter((n) => !n.resolved);
  // The task cells holding a piece still read on a guess, highlighted in the task table as in the list of splits.
  const unsureCells = new Set(
    preview.unitSplits
      .filter((split) => split.source === "guess" && !splitChoices[split.text])
      .flatMap((split) => split.places.map((p) => `${p.sectionOrder}/${p.task}/${p.field}`)),
  );
  const withAttributes = preview.tasks.some((task) => task.attributes.length > 0);
  return (
    <div className="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t("planning.import.previewHeading")}</h2>
      <dl className="facts">
        <dt>{t("planning.plans.title")}</dt>
        <dd>{preview.title}</dd>
        <dt>{t("planning.plans.year")}</dt>
        <dd>{preview.lastYear > preview.year ? `${preview.year} – ${preview.lastYear}` : preview.year}</dd>
        <dt>{t("planning.import.issuer")}</dt>
        <dd>{preview.issuingUnit.name}</dd>
        <dt>{t("planning.plans.decision")}</dt>
        <dd>
          {preview.decision.number ?? t("planning.plans.noNumber")}
          {preview.decision.date ? ` · ${formatDate(preview.decision.date)}` : ""}
        </dd>
        <dt>{t("planning.plan.unitPlanDeadline")}</dt>
        <dd>{preview.unitPlanDeadline ? formatDate(preview.unitPlanDeadline) : "—"}</dd>
      </dl>
      <p>{t("planning.import.summary", { sections: preview.sections.length, tasks: preview.tasks.length })}</p>

      {preview.warnings.length > 0 && (
        <>
          <h3>{t("planning.import.warnings", { count: preview.warnings.length })}</h3>
          <ul className="warnings" aria-label={t("planning.import.warningsList")}>
            {preview.warnings.map((w, i) => (
              <li key={i}>{w.message}</li>
            ))}
          </ul>
        </>
      )}

      <UnitSplitTable splits={preview.unitSplits} chosen={splitChoices} onChoose={onChooseSplit} disabled={busy} />

      <ColumnMapTable columns={preview.columns} onChange={onChangeColumn} disabled={busy} />

      <h3>{t("planning.import.unitNames")}</h3>
      {unresolved.length > 0 && <p className="notice">{t("planning.import.unresolved", { count: unresolved.length })}</p>}
      <div className="table-scroll">
        <table aria-label={t("planning.import.unitNames")}>
          <thead>
            <tr>
              <th scope="col">{t("planning.import.writtenName")}</th>
              <th scope="col">{t("planning.import.meaning")}</th>
            </tr>
          </thead>
          <tbody>
            {preview.unitNames.map((n) => (
              <tr key={n.name}>
                <td>{n.name}</td>
                <td>
                  {n.resolved ? (
                    <>
                      {n.unitName ?? (n.rule ? t(`planning.rule.${n.rule}`) : "")}
                      {n.rule && n.rule !== "EXTERNAL" && (
                        <span className="secondary">{t("planning.import.members", { count: n.memberCount })}</span>
                      )}
                      {n.source === "remembered" && <span className="secondary">{t("planning.import.remembered")}</span>}
                    </>
                  ) : (
                    <Select
                      aria-label={t("planning.import.mapFor", { name: n.name })}
                      value={choices[n.name] ?? ""}
                      onChange={(choice) => onChoose(n.name, choice)}
                      showSearch={{ optionFilterProp: "label" }}
                      style={{ minWidth: "16rem" }}
                      options={[
                        { value: "", label: t("planning.import.choose") },
                        ...GROUP_RULES.map((rule) => ({ value: `rule:${rule}`, label: t(`planning.rule.${rule}`) })),
                        ...units.map((u) => ({ value: `unit:${u.value}`, label: u.label })),
                      ]}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t("planning.import.tasks")}</h3>
      <div className="table-scroll">
        <table className="plan-doc" aria-label={t("planning.import.tasks")}>
          <thead>
            <tr>
              <th scope="col">{t("planning.col.number")}</th>
              <th scope="col">{t("planning.col.content")}</th>
              <th scope="col">{t("planning.col.timeframe")}</th>
              <th scope="col">{t("planning.col.lead")}</th>
              <th scope="col">{t("planning.col.coordinating")}</th>
              <th scope="col">{t("planning.col.result")}</th>
              {withAttributes && <th scope="col">{t("planning.import.attributes")}</th>}
            </tr>
          </thead>
          <tbody>
            {preview.sections.map((s) => (
              <SectionRows
                key={s.order}
                title={sectionLabel(s)}
                tasks={preview.tasks.filter((task) => task.sectionOrder === s.order)}
                withAttributes={withAttributes}
                isUnsure={(task, field) => unsureCells.has(`${task.sectionOrder}/${task.label}/${field}`)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

interface SectionRowsProps {
  title: string;
  tasks: ImportPreview["tasks"];
  withAttributes: boolean;
  isUnsure(task: PreviewTask, field: "lead" | "coordinating"): boolean;
}

function SectionRows({ title, tasks, withAttributes, isUnsure }: SectionRowsProps) {
  const { t } = useI18n();
  const units = (task: PreviewTask, field: "lead" | "coordinating", names: readonly string[]) =>
    isUnsure(task, field) ? <mark title={t("planning.import.splitGuess")}>{names.join("; ")}</mark> : names.join("; ");
  return (
    <>
      <tr className="section-row">
        <th colSpan={withAttributes ? 7 : 6} scope="rowgroup">
          {title}
        </th>
      </tr>
      {tasks.map((task) => (
        <tr key={task.label}>
          <td>{task.label}</td>
          <td className="plan-text">{task.content}</td>
          <td>
            {task.timeframeText}
            {task.timeframe.unparsed.length > 0 && <span className="badge badge--overdue">{t("planning.import.unparsed")}</span>}
          </td>
          <td>
            {task.leadUnitNames.length > 0 ? (
              units(task, "lead", task.leadUnitNames)
            ) : (
              <span className="badge badge--soon">{t("planning.import.noLead")}</span>
            )}
          </td>
          <td>{units(task, "coordinating", task.coordinatingUnitNames)}</td>
          <td>
            {task.resultItems.length > 1 ? (
              <ul>
                {task.resultItems.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            ) : (
              task.expectedResult
            )}
          </td>
          {withAttributes && (
            <td>
              <dl className="task-attributes">
                {task.attributes.map((a, i) => (
                  <div key={i}>
                    <dt>{a.name}</dt>
                    <dd>{a.value}</dd>
                  </div>
                ))}
              </dl>
            </td>
          )}
        </tr>
      ))}
    </>
  );
}
