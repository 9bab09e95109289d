import { Alert, Button, Form, Input, InputNumber, Select, Space } from "antd";
import { useState } from "react";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import type { ChecklistTemplate } from "../inspections-api.ts";
import {
  ASSESSMENT_KINDS,
  fieldsOf,
  inputOf,
  MAX_SCORE_LIMIT,
  nextCriterionCode,
  templateProblems,
  type GroupFields,
  type TemplateFields,
  type TemplateInput,
} from "./template-form.ts";

const kindLabel = {
  YES_NO: "inspections.templates.kind.YES_NO",
  COUNT: "inspections.templates.kind.COUNT",
  RATE: "inspections.templates.kind.RATE",
  SCORE: "inspections.templates.kind.SCORE",
} as const;

/**
 * The editor of a checklist template (mẫu phiếu kiểm tra): its name, its groups and each group's
 * criteria (code, text, kind of assessment, the top of a score). Every field is checked where it is
 * (an empty text, a score's top outside 1–100, a code used twice) before anything is sent; saving makes
 * a new version, and the server's refusal, if any, is shown above the buttons.
 */
export function TemplateEditor({
  template,
  onSubmit,
  onCancel,
}: {
  template: ChecklistTemplate;
  /** Resolves to the error to show, or null when saved. */
  onSubmit(input: TemplateInput): Promise<unknown>;
  onCancel(): void;
}) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<TemplateFields>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function finish(fields: TemplateFields) {
    const problems = templateProblems(fields);
    if (problems.length > 0) {
      form.setFields(problems.map((p) => ({ name: p.name as never, errors: [t(p.message)] })));
      return;
    }
    setBusy(true);
    setError(null);
    const failure = await onSubmit(inputOf(fields));
    setBusy(false);
    setError(failure);
  }

  return (
    <Form<TemplateFields>
      form={form}
      name="checklistTemplate"
      layout="vertical"
      initialValues={fieldsOf(template)}
      onFinish={(v) => void finish(v)}
      scrollToFirstError
    >
      <Form.Item
        label={t("inspections.templates.name")}
        name="name"
        rules={[{ required: true, whitespace: true, message: t("inspections.templates.nameRequired") }]}
      >
        <Input />
      </Form.Item>
      <Form.List name="groups">
        {(groups, { add: addGroup, remove: removeGroup }) => (
          <>
            {groups.map((group, gi) => (
              <fieldset key={group.key} className="card template-group">
                <legend>{t("inspections.templates.group", { n: gi + 1 })}</legend>
                <Space wrap align="start">
                  <Form.Item
                    label={t("inspections.templates.groupCode")}
                    name={[group.name, "code"]}
                    rules={[{ required: true, whitespace: true, message: t("inspections.templates.codeRequired") }]}
                  >
                    <Input style={{ width: "6rem" }} />
                  </Form.Item>
                  <Form.Item
                    label={t("inspections.templates.groupName")}
                    name={[group.name, "name"]}
                    rules={[{ required: true, whitespace: true, message: t("inspections.templates.groupNameRequired") }]}
                    style={{ minWidth: "min(30rem, 70vw)" }}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item label=" " colon={false}>
                    <Button onClick={() => removeGroup(group.name)} aria-label={t("inspections.templates.removeGroupOf", { n: gi + 1 })}>
                      {t("inspections.templates.removeGroup")}
                    </Button>
                  </Form.Item>
                </Space>
                <Form.List name={[group.name, "criteria"]}>
                  {(criteria, { add, remove }) => (
                    <>
                      {criteria.map((criterion, ci) => (
                        <Space
                          key={criterion.key}
                          wrap
                          align="start"
                          role="group"
                          aria-label={t("inspections.templates.criterion", { group: gi + 1, n: ci + 1 })}
                        >
                          <Form.Item
                            label={t("inspections.templates.criterionCode")}
                            name={[criterion.name, "code"]}
                            rules={[{ required: true, whitespace: true, message: t("inspections.templates.codeRequired") }]}
                          >
                            <Input style={{ width: "6rem" }} />
                          </Form.Item>
                          <Form.Item
                            label={t("inspections.templates.criterionText")}
                            name={[criterion.name, "text"]}
                            rules={[{ required: true, whitespace: true, message: t("inspections.templates.textRequired") }]}
                            style={{ minWidth: "min(30rem, 70vw)" }}
                          >
                            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                          </Form.Item>
                          <Form.Item label={t("inspections.templates.kind")} name={[criterion.name, "kind"]}>
                            <Select
                              style={{ minWidth: "9rem" }}
                              options={ASSESSMENT_KINDS.map((k) => ({ value: k, label: t(kindLabel[k]) }))}
                            />
                          </Form.Item>
                          {/* The top of a score only for a scored criterion (điểm 0–N). */}
                          <Form.Item noStyle dependencies={[["groups", group.name, "criteria", criterion.name, "kind"]]}>
                            {({ getFieldValue }) =>
                              getFieldValue(["groups", group.name, "criteria", criterion.name, "kind"]) === "SCORE" && (
                                <Form.Item
                                  label={t("inspections.templates.maxScore")}
                                  name={[criterion.name, "maxScore"]}
                                  rules={[
                                    { required: true, message: t("inspections.templates.maxScoreRequired", { max: MAX_SCORE_LIMIT }) },
                                    {
                                      type: "integer",
                                      min: 1,
                                      max: MAX_SCORE_LIMIT,
                                      message: t("inspections.templates.maxScoreRange", { max: MAX_SCORE_LIMIT }),
                                    },
                                  ]}
                                >
                                  <InputNumber />
                                </Form.Item>
                              )
                            }
                          </Form.Item>
                          <Form.Item label=" " colon={false}>
                            <Button
                              onClick={() => remove(criterion.name)}
                              aria-label={t("inspections.templates.removeCriterionOf", { group: gi + 1, n: ci + 1 })}
                            >
                              {t("inspections.templates.removeCriterion")}
                            </Button>
                          </Form.Item>
                        </Space>
                      ))}
                      <Button
                        onClick={() => {
                          const current = form.getFieldValue(["groups", group.name]) as GroupFields;
                          add({ code: nextCriterionCode(current), text: "", kind: "YES_NO", maxScore: null });
                        }}
                        aria-label={t("inspections.templates.addCriterionTo", { n: gi + 1 })}
                      >
                        {t("inspections.templates.addCriterion")}
                      </Button>
                    </>
                  )}
                </Form.List>
              </fieldset>
            ))}
            <Button onClick={() => addGroup({ code: String(groups.length + 1), name: "", criteria: [] } satisfies GroupFields)}>
              {t("inspections.templates.addGroup")}
            </Button>
          </>
        )}
      </Form.List>
      {error != null && <Alert type="error" title={errorText(error, lang, t)} />}
      <Space className="filters__actions">
        <Button type="primary" htmlType="submit" loading={busy}>
          {t("inspections.templates.save")}
        </Button>
        <Button onClick={onCancel}>{t("common.cancel")}</Button>
      </Space>
    </Form>
  );
}
