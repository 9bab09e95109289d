import { Input, InputNumber, Select } from "antd";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import type { Translate } from "../../../i18n/translate.ts";
import type { Criterion } from "../inspections-api.ts";

export interface Answer {
  value: number | null;
  note: string;
}

/** An answer as the checklist shows it: Có/Không, a count, a rate in %, a score out of its maximum; — when not answered. */
export function formatAnswer(c: Pick<Criterion, "kind" | "maxScore">, value: number | null, t: Translate): string {
  if (value === null) return "—";
  switch (c.kind) {
    case "YES_NO":
      return t(value === 1 ? "inspections.yes" : "inspections.no");
    case "RATE":
      return `${value} %`;
    case "SCORE":
      return `${value}/${c.maxScore ?? 0}`;
    default:
      return String(value);
  }
}

/** One column's answer to a criterion: the value in the criterion's kind and a note, each labelled with the criterion's code. */
export function AnswerInput({
  criterion: c,
  side,
  answer,
  onChange,
}: {
  criterion: Criterion;
  side: "self" | "team";
  answer: Answer;
  onChange(answer: Answer): void;
}) {
  const { t } = useI18n();
  const label = t(side === "self" ? "inspections.checklist.selfValueOf" : "inspections.checklist.teamValueOf", { code: c.code });
  const noteLabel = t("inspections.checklist.noteOf", { code: c.code });
  return (
    <div className="stack-tight">
      {c.kind === "YES_NO" ? (
        <Select<number | "">
          aria-label={label}
          style={{ width: "8rem" }}
          value={answer.value ?? ""}
          onChange={(v) => onChange({ ...answer, value: v === "" ? null : v })}
          options={[
            { value: "", label: "—" },
            { value: 1, label: t("inspections.yes") },
            { value: 0, label: t("inspections.no") },
          ]}
        />
      ) : (
        <InputNumber
          aria-label={label}
          className="value-input"
          min={0}
          max={c.kind === "RATE" ? 100 : c.kind === "SCORE" ? (c.maxScore ?? undefined) : undefined}
          value={answer.value}
          onChange={(v) => onChange({ ...answer, value: typeof v === "number" ? v : null })}
        />
      )}
      <Input
        aria-label={noteLabel}
        placeholder={t("inspections.checklist.note")}
        value={answer.note}
        onChange={(e) => onChange({ ...answer, note: e.target.value })}
      />
    </div>
  );
}
