/**
 * The two corrections the import preview offers besides mapping unit names: how to read a unit cell
 * the importer split (or kept whole) on a guess, and what each column of the task table feeds. Both
 * change what the document reads as, so the page asks for a fresh preview after each choice.
 */
import { Button, Checkbox, Radio, Select } from "antd";
import { useState } from "react";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { COLUMN_ROLES, type ColumnRole, type PreviewColumn, type UnitSplit } from "./planning-api.ts";

/** A reading as shown and as compared: the names joined as the task table joins them. */
export function readingLabel(names: readonly string[]): string {
  return names.join("; ");
}

interface SplitsProps {
  splits: readonly UnitSplit[];
  /** The readings picked on this page, by the piece's text. */
  chosen: Readonly<Record<string, readonly string[]>>;
  onChoose(text: string, names: string[]): void;
  disabled: boolean;
}

/**
 * Tách tên đơn vị: each piece read on a guess is highlighted until the user picks a reading; a
 * piece the issuer's earlier choice decided shows that reading already chosen.
 */
export function UnitSplitTable({ splits, chosen, onChoose, disabled }: SplitsProps) {
  const { t } = useI18n();
  if (splits.length === 0) return null;
  const unsure = splits.filter((s) => s.source === "guess" && !chosen[s.text]).length;
  return (
    <>
      <h3>{t("planning.import.splits")}</h3>
      {unsure > 0 && <p className="notice">{t("planning.import.splitsUnsure", { count: unsure })}</p>}
      <div className="table-scroll">
        <table aria-label={t("planning.import.splits")}>
          <thead>
            <tr>
              <th scope="col">{t("planning.import.splitCell")}</th>
              <th scope="col">{t("planning.import.splitPlaces")}</th>
              <th scope="col">{t("planning.import.splitReading")}</th>
            </tr>
          </thead>
          <tbody>
            {splits.map((split) => {
              const picked = chosen[split.text];
              // A guess is not a choice: no reading is selected until the user picks one (the one in use included).
              const value = picked ? readingLabel(picked) : split.source === "remembered" ? readingLabel(split.names) : undefined;
              const guess = split.source === "guess" && !picked;
              return (
                <tr key={split.text} className={guess ? "split-row--unsure" : undefined}>
                  <td>
                    {guess ? <mark>{split.text}</mark> : split.text}
                    <div>
                      {guess ? (
                        <span className="badge badge--soon">{t("planning.import.splitGuess")}</span>
                      ) : picked ? (
                        <span className="badge badge--done">{t("planning.import.splitChosen")}</span>
                      ) : (
                        <span className="badge badge--done">{t("planning.import.splitRemembered")}</span>
                      )}
                    </div>
                  </td>
                  <td>
                    {split.places
                      .map(
                        (p) => `${p.task} (${t(p.field === "lead" ? "planning.import.placeLead" : "planning.import.placeCoordinating")})`,
                      )
                      .join(", ")}
                  </td>
                  <td>
                    <Radio.Group
                      vertical
                      aria-label={t("planning.import.readingOf", { text: split.text })}
                      value={value}
                      disabled={disabled}
                      onChange={(e) => {
                        const reading = split.alternatives.find((names) => readingLabel(names) === e.target.value);
                        if (reading) onChoose(split.text, reading);
                      }}
                    >
                      {split.alternatives.map((names) => {
                        const label = readingLabel(names);
                        return (
                          <Radio key={label} value={label}>
                            {label}
                            {label === readingLabel(split.names) && (
                              <span className="secondary"> {t("planning.import.splitInUse", { count: names.length })}</span>
                            )}
                            {label !== readingLabel(split.names) && (
                              <span className="secondary"> {t("planning.import.splitCount", { count: names.length })}</span>
                            )}
                          </Radio>
                        );
                      })}
                    </Radio.Group>
                    <OwnSplit text={split.text} disabled={disabled} onChoose={(names) => onChoose(split.text, names)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The places a unit list may be cut: "," and "và", as the importer tokenises a cell. */
const SEPARATOR = /(\s*,\s*|\s+và\s+)/u;

/** The piece's words between separators and, for each separator, the text it is written with. */
function segmentsOf(text: string): { words: string[]; separators: string[] } {
  const parts = text.split(SEPARATOR);
  return { words: parts.filter((_, i) => i % 2 === 0), separators: parts.filter((_, i) => i % 2 === 1) };
}

/** The names a piece reads as when cut at the chosen separators; the others stay inside a name. */
export function cutAt(text: string, cuts: ReadonlySet<number>): string[] {
  const { words, separators } = segmentsOf(text);
  const names: string[] = [];
  let name = words[0] ?? "";
  separators.forEach((separator, i) => {
    if (cuts.has(i)) {
      names.push(name.trim());
      name = words[i + 1] ?? "";
    } else name += separator + (words[i + 1] ?? "");
  });
  names.push(name.trim());
  return names.filter((n) => n !== "");
}

/**
 * Tách theo ý: none of the offered readings fits ("Phòng Tư pháp, Văn hóa và Thông tin" is two
 * units, cut at the comma only), so the user ticks the separators to cut at.
 */
function OwnSplit({ text, disabled, onChoose }: { text: string; disabled: boolean; onChoose(names: string[]): void }) {
  const { t } = useI18n();
  const [cuts, setCuts] = useState<ReadonlySet<number>>(new Set());
  const { words, separators } = segmentsOf(text);
  if (separators.length < 2) return null; // one separator: the offered readings are the only two there are
  const names = cutAt(text, cuts);
  return (
    <fieldset className="own-split">
      <legend>{t("planning.import.ownSplit")}</legend>
      <p className="own-split__words">
        {words.map((word, i) => (
          <span key={i}>
            {word}
            {i < separators.length && (
              <Checkbox
                checked={cuts.has(i)}
                disabled={disabled}
                aria-label={t("planning.import.cutAfter", { word, separator: (separators[i] ?? "").trim() })}
                onChange={(e) => {
                  const next = new Set(cuts);
                  if (e.target.checked) next.add(i);
                  else next.delete(i);
                  setCuts(next);
                }}
              >
                {(separators[i] ?? "").trim()}
              </Checkbox>
            )}
          </span>
        ))}
      </p>
      <Button size="small" disabled={disabled} onClick={() => onChoose(names)}>
        {t("planning.import.useOwnSplit", { names: readingLabel(names) })}
      </Button>
    </fieldset>
  );
}

interface ColumnsProps {
  columns: readonly PreviewColumn[];
  onChange(header: string, role: ColumnRole): void;
  disabled: boolean;
}

/** Các cột của bảng: what the importer took each column for, correctable before importing. */
export function ColumnMapTable({ columns, onChange, disabled }: ColumnsProps) {
  const { t } = useI18n();
  if (columns.length === 0) return null;
  return (
    <>
      <h3>{t("planning.import.columns")}</h3>
      <p>{t("planning.import.columnsHint")}</p>
      <div className="table-scroll">
        <table aria-label={t("planning.import.columns")}>
          <thead>
            <tr>
              <th scope="col">{t("planning.import.columnHeader")}</th>
              <th scope="col">{t("planning.import.columnRole")}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column) => (
              <tr key={column.index}>
                <td>{column.header}</td>
                <td>
                  <Select
                    aria-label={t("planning.import.roleOf", { header: column.header })}
                    value={column.role}
                    disabled={disabled}
                    onChange={(role) => onChange(column.header, role)}
                    style={{ minWidth: "16rem" }}
                    options={COLUMN_ROLES.map((role) => ({ value: role, label: t(`planning.columnRole.${role}`) }))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
