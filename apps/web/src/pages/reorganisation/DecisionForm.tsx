import { Alert, Button, Checkbox, Form, Input, Radio, Select, Space } from "antd";
import { useState, type ReactNode } from "react";
import { keys, useGraphQLMutation } from "../../api/query.tsx";
import type { ReorganisationChangeInput, WorkKind } from "../../graphql/generated/graphql.ts";
import { errorText } from "../../i18n/error-message.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { DateField } from "../../ui/DateField.tsx";
import { applyFieldErrors } from "../../ui/form-errors.ts";
import { useUnitOptionsAsOf, type UnitOption } from "../units-query.ts";
import { CREATE_DECISION, EDITABLE_KINDS, WORK_KINDS, type EditableKind } from "./reorganisation-query.ts";

/** A successor of a split: an existing unit or a new one, and the kinds of work it takes. */
interface SuccessorValues {
  mode?: "existing" | "new";
  unitId?: string;
  newCode?: string;
  newName?: string;
  takes?: WorkKind[];
}

/** One change as the form holds it; only the fields of its kind are sent. */
interface ChangeValues {
  successors?: SuccessorValues[];
  kind: EditableKind;
  unitId?: string;
  unitIds?: string[];
  intoMode?: "existing" | "new";
  intoUnitId?: string;
  newCode?: string;
  newName?: string;
  receiverId?: string;
  name?: string;
  parentId?: string;
}

interface Values {
  number?: string;
  signedOn?: string | null;
  effectiveFrom?: string | null;
  changes: ChangeValues[];
}

/** The API's input of one change (the directory checks it against the tree of the effective date). */
function changeInput(c: ChangeValues, units: readonly UnitOption[]): ReorganisationChangeInput {
  switch (c.kind) {
    case "MERGE": {
      const unitIds = c.unitIds ?? [];
      if (c.intoMode !== "new") return { kind: "MERGE", unitIds, into: { unitId: c.intoUnitId ?? null } };
      // A new unit takes the level of the first unit merged into it (a ward from wards); its parent is that unit's.
      const levelCode = units.find((u) => u.value === unitIds[0])?.levelCode ?? "";
      return { kind: "MERGE", unitIds, into: { newUnit: { code: c.newCode ?? "", name: c.newName ?? "", levelCode } } };
    }
    case "SPLIT": {
      // New successors take the split unit's level (and, on the server, its parent).
      const levelCode = units.find((u) => u.value === c.unitId)?.levelCode ?? "";
      return {
        kind: "SPLIT",
        unitId: c.unitId ?? null,
        successors: (c.successors ?? []).map((s) =>
          s.mode === "new"
            ? { newUnit: { code: s.newCode ?? "", name: s.newName ?? "", levelCode }, takes: s.takes ?? [] }
            : { unitId: s.unitId ?? null, takes: s.takes ?? [] },
        ),
      };
    }
    case "DISSOLVE":
      return { kind: "DISSOLVE", unitId: c.unitId ?? null, receiverId: c.receiverId ?? null };
    case "RENAME":
      return { kind: "RENAME", unitId: c.unitId ?? null, name: c.name ?? "" };
    case "MOVE":
      return { kind: "MOVE", unitId: c.unitId ?? null, parentId: c.parentId ?? null };
  }
}

/** Drafting a decision: its number and dates, and one or more changes; the server's refusal is shown as it words it. */
export function DecisionForm({ onCreated, onCancel }: { onCreated(id: string): void; onCancel(): void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const effectiveFrom = Form.useWatch("effectiveFrom", form) ?? null;
  // The pickers list the units of the effective date: those the decision can name.
  const { options: units, loading: unitsLoading } = useUnitOptionsAsOf(effectiveFrom);
  const create = useGraphQLMutation(CREATE_DECISION, [keys.reorganisation]);
  const [formError, setFormError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(values: Values) {
    setSubmitting(true);
    setFormError(null);
    try {
      const data = await create.mutateAsync({
        input: {
          number: values.number ?? "",
          signedOn: values.signedOn ?? "",
          effectiveFrom: values.effectiveFrom ?? "",
          changes: values.changes.map((c) => changeInput(c, units)),
        },
      });
      onCreated(data.createReorganisationDecision.id);
    } catch (err) {
      setFormError(applyFieldErrors(form, err, lang, ["number", "signedOn", "effectiveFrom"]));
      setSubmitting(false);
    }
  }

  const unitSelect = (multiple = false) => (
    <Select
      mode={multiple ? "multiple" : undefined}
      showSearch={{ optionFilterProp: "label" }}
      options={units}
      loading={unitsLoading}
      placeholder={t("reorg.form.pickUnit")}
    />
  );

  return (
    <Form<Values>
      form={form}
      name="decision"
      className="panel"
      aria-labelledby="draft-heading"
      layout="vertical"
      initialValues={{ changes: [{ kind: "MERGE", intoMode: "existing" }] }}
      onFinish={(values) => void submit(values)}
    >
      <h2 id="draft-heading">{t("reorg.form.heading")}</h2>
      {formError != null && <Alert type="error" title={errorText(formError, lang, t)} />}
      <Form.Item label={t("reorg.form.number")} name="number" extra={t("reorg.form.numberHint")}>
        <Input />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item label={t("reorg.form.signedOn")} name="signedOn">
          <DateField />
        </Form.Item>
        <Form.Item label={t("reorg.form.effectiveFrom")} name="effectiveFrom" extra={t("reorg.form.effectiveFromHint")}>
          <DateField />
        </Form.Item>
      </Space>

      <Form.List name="changes">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <fieldset key={field.key} className="card">
                <legend>{t("reorg.form.change", { n: index + 1 })}</legend>
                <Form.Item label={t("reorg.form.kind")} name={[field.name, "kind"]}>
                  <Select options={EDITABLE_KINDS.map((k) => ({ value: k, label: t(`reorg.kind.${k}`) }))} />
                </Form.Item>
                <Form.Item noStyle shouldUpdate>
                  {() => {
                    const change = form.getFieldValue(["changes", field.name]) as ChangeValues | undefined;
                    switch (change?.kind) {
                      case "MERGE":
                        return (
                          <>
                            <Form.Item label={t("reorg.form.mergedUnits")} name={[field.name, "unitIds"]}>
                              {unitSelect(true)}
                            </Form.Item>
                            <Form.Item label={t("reorg.form.intoMode")} name={[field.name, "intoMode"]}>
                              <Radio.Group
                                options={[
                                  { value: "existing", label: t("reorg.form.intoExisting") },
                                  { value: "new", label: t("reorg.form.intoNew") },
                                ]}
                              />
                            </Form.Item>
                            {change.intoMode === "new" ? (
                              <Space wrap align="start">
                                <Form.Item label={t("reorg.form.newName")} name={[field.name, "newName"]}>
                                  <Input />
                                </Form.Item>
                                <Form.Item label={t("reorg.form.newCode")} name={[field.name, "newCode"]}>
                                  <Input />
                                </Form.Item>
                              </Space>
                            ) : (
                              <Form.Item label={t("reorg.form.into")} name={[field.name, "intoUnitId"]}>
                                {unitSelect()}
                              </Form.Item>
                            )}
                          </>
                        );
                      case "SPLIT":
                        return (
                          <>
                            <Form.Item label={t("reorg.form.splitUnit")} name={[field.name, "unitId"]}>
                              {unitSelect()}
                            </Form.Item>
                            <SuccessorList changeName={field.name} unitSelect={unitSelect} />
                          </>
                        );
                      case "DISSOLVE":
                        return (
                          <>
                            <Form.Item label={t("reorg.form.unit")} name={[field.name, "unitId"]}>
                              {unitSelect()}
                            </Form.Item>
                            <Form.Item label={t("reorg.form.receiver")} name={[field.name, "receiverId"]}>
                              {unitSelect()}
                            </Form.Item>
                          </>
                        );
                      case "RENAME":
                        return (
                          <>
                            <Form.Item label={t("reorg.form.unit")} name={[field.name, "unitId"]}>
                              {unitSelect()}
                            </Form.Item>
                            <Form.Item label={t("reorg.form.name")} name={[field.name, "name"]}>
                              <Input />
                            </Form.Item>
                          </>
                        );
                      case "MOVE":
                        return (
                          <>
                            <Form.Item label={t("reorg.form.unit")} name={[field.name, "unitId"]}>
                              {unitSelect()}
                            </Form.Item>
                            <Form.Item label={t("reorg.form.parent")} name={[field.name, "parentId"]}>
                              {unitSelect()}
                            </Form.Item>
                          </>
                        );
                      default:
                        return null;
                    }
                  }}
                </Form.Item>
                {fields.length > 1 && (
                  <Button type="text" danger onClick={() => remove(field.name)}>
                    {t("reorg.form.removeChange", { n: index + 1 })}
                  </Button>
                )}
              </fieldset>
            ))}
            <p>
              <Button onClick={() => add({ kind: "MERGE", intoMode: "existing" })}>{t("reorg.form.addChange")}</Button>
            </p>
          </>
        )}
      </Form.List>

      <Space>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t("reorg.form.save")}
        </Button>
        <Button onClick={onCancel}>{t("reorg.form.cancel")}</Button>
      </Space>
    </Form>
  );
}

/** A split's successors: each an existing or a new unit, with the kinds of work it takes (each kind to exactly one). */
function SuccessorList({ changeName, unitSelect }: { changeName: number; unitSelect(): ReactNode }) {
  const { t } = useI18n();
  const form = Form.useFormInstance<Values>();
  return (
    <Form.List name={[changeName, "successors"]} initialValue={[{ mode: "existing" }, { mode: "existing" }]}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <fieldset key={field.key} className="card">
              <legend>{t("reorg.form.successor", { n: index + 1 })}</legend>
              <Form.Item label={t("reorg.form.intoMode")} name={[field.name, "mode"]}>
                <Radio.Group
                  options={[
                    { value: "existing", label: t("reorg.form.intoExisting") },
                    { value: "new", label: t("reorg.form.intoNew") },
                  ]}
                />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {() =>
                  form.getFieldValue(["changes", changeName, "successors", field.name, "mode"]) === "new" ? (
                    <Space wrap align="start">
                      <Form.Item label={t("reorg.form.newName")} name={[field.name, "newName"]}>
                        <Input />
                      </Form.Item>
                      <Form.Item label={t("reorg.form.newCode")} name={[field.name, "newCode"]}>
                        <Input />
                      </Form.Item>
                    </Space>
                  ) : (
                    <Form.Item label={t("reorg.form.into")} name={[field.name, "unitId"]}>
                      {unitSelect()}
                    </Form.Item>
                  )
                }
              </Form.Item>
              <Form.Item label={t("reorg.form.takes")} name={[field.name, "takes"]}>
                <Checkbox.Group options={WORK_KINDS.map((k) => ({ value: k, label: t(`units.history.work.${k}`) }))} />
              </Form.Item>
              {fields.length > 2 && (
                <Button type="text" danger onClick={() => remove(field.name)}>
                  {t("reorg.form.removeSuccessor", { n: index + 1 })}
                </Button>
              )}
            </fieldset>
          ))}
          <p>
            <Button onClick={() => add({ mode: "existing" })}>{t("reorg.form.addSuccessor")}</Button>
          </p>
        </>
      )}
    </Form.List>
  );
}
