import { Alert, Button, DatePicker, Form, Input, Select, Space } from "antd";
import { useState } from "react";
import { keys, useGraphQLQuery } from "../../../api/query.tsx";
import { compareVietnamese } from "../../../i18n/collate.ts";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { DataTable } from "../../../ui/DataTable.tsx";
import { DATE_INPUT_FORMATS, dayOf, isoOf, type Dayjs } from "../../../ui/dayjs.ts";
import { abilities, actsForTeam, useCurrentUser } from "../access.ts";
import {
  FORM_TEAM,
  START_INSPECTION,
  TEAM_CANDIDATES_QUERY,
  TEAM_ROLES,
  type InspectionDetail,
  type TeamRole,
} from "../inspections-api.ts";
import { roleKey } from "../labels.ts";
import { useInspectionMutation } from "./use-inspection-mutation.ts";

/** Đoàn kiểm tra: its members; the city office forms it by a decision, the team (or the city office) then opens the checklist. */
export function TeamCard({ inspection: i }: { inspection: InspectionDetail }) {
  const { t, lang } = useI18n();
  const user = useCurrentUser();
  const can = abilities(user);
  const [forming, setForming] = useState(false);
  const start = useInspectionMutation(START_INSPECTION, i.id);
  const scheduled = i.status === "SCHEDULED";

  return (
    <div className="card">
      <h2>{t("inspections.team.heading")}</h2>
      {i.team.length === 0 ? (
        <p>{t("inspections.team.none")}</p>
      ) : (
        <DataTable
          label={t("inspections.team.heading")}
          rowKey="userId"
          dataSource={i.team}
          columns={[
            { title: t("inspections.team.name"), dataIndex: "name" },
            { title: t("inspections.team.role"), key: "role", render: (_, m) => t(roleKey(m.role)) },
          ]}
        />
      )}
      {scheduled && (
        <Space wrap className="no-print">
          {can.cityOffice && !forming && (
            <Button onClick={() => setForming(true)}>{t(i.team.length ? "inspections.team.reform" : "inspections.team.form")}</Button>
          )}
          {i.team.length > 0 && actsForTeam(user, i.team) && (
            <Button type="primary" loading={start.isPending} onClick={() => start.mutate({ id: i.id })}>
              {t("inspections.start")}
            </Button>
          )}
        </Space>
      )}
      {start.isError && <Alert type="error" title={errorText(start.error, lang, t)} />}
      {forming && <FormTeam inspection={i} onDone={() => setForming(false)} />}
    </div>
  );
}

interface TeamFields {
  decisionNumber: string;
  decisionDate: Dayjs | null;
  visit: [Dayjs | null, Dayjs | null] | null;
  members: { userId?: string; role: TeamRole }[];
}

function FormTeam({ inspection: i, onDone }: { inspection: InspectionDetail; onDone(): void }) {
  const { t, lang } = useI18n();
  const form = useInspectionMutation(FORM_TEAM, i.id);
  const candidates = useGraphQLQuery([...keys.users, "teamCandidates"], TEAM_CANDIDATES_QUERY);
  const people = [...(candidates.data?.users ?? [])].sort((a, b) => compareVietnamese(a.fullName, b.fullName));
  const nameOf = new Map(people.map((p) => [p.id, p.fullName]));

  async function finish(v: TeamFields) {
    try {
      await form.mutateAsync({
        id: i.id,
        input: {
          decisionNumber: v.decisionNumber.trim(),
          decisionDate: isoOf(v.decisionDate) ?? "",
          startDay: isoOf(v.visit?.[0]) ?? "",
          endDay: isoOf(v.visit?.[1]) ?? "",
          members: v.members.filter((m) => m.userId).map((m) => ({ userId: m.userId!, name: nameOf.get(m.userId!) ?? "", role: m.role })),
        },
      });
      onDone();
    } catch {
      // Shown below from the mutation's state.
    }
  }

  return (
    <Form<TeamFields>
      name="inspectionTeam"
      layout="vertical"
      initialValues={{
        decisionNumber: i.decisionNumber ?? "",
        decisionDate: dayOf(i.decisionDate),
        visit: [dayOf(i.startDay), dayOf(i.endDay)],
        members: i.team.length ? i.team.map((m) => ({ userId: m.userId, role: m.role })) : [{ role: "LEAD" }],
      }}
      onFinish={(v) => void finish(v)}
    >
      <Space wrap align="start">
        <Form.Item
          label={t("inspections.team.decisionNumber")}
          name="decisionNumber"
          rules={[{ required: true, whitespace: true, message: t("inspections.team.decisionRequired") }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label={t("inspections.team.decisionDate")}
          name="decisionDate"
          rules={[{ required: true, message: t("inspections.team.dateRequired") }]}
        >
          <DatePicker format={DATE_INPUT_FORMATS} />
        </Form.Item>
        <Form.Item label={t("inspections.visit")} name="visit" rules={[{ required: true, message: t("inspections.team.dateRequired") }]}>
          <DatePicker.RangePicker format={DATE_INPUT_FORMATS} />
        </Form.Item>
      </Space>
      <Form.List name="members">
        {(fields, { add, remove }) => (
          <fieldset>
            <legend>{t("inspections.team.members")}</legend>
            {fields.map((field, index) => (
              <Space key={field.key} wrap align="start" role="group" aria-label={t("inspections.team.memberRow", { row: index + 1 })}>
                <Form.Item
                  label={t("inspections.team.name")}
                  name={[field.name, "userId"]}
                  rules={[{ required: true, message: t("inspections.team.memberRequired") }]}
                  style={{ minWidth: "16rem" }}
                >
                  <Select
                    showSearch={{ optionFilterProp: "label" }}
                    loading={candidates.isLoading}
                    options={people.map((p) => ({ value: p.id, label: p.fullName }))}
                  />
                </Form.Item>
                <Form.Item label={t("inspections.team.role")} name={[field.name, "role"]}>
                  <Select style={{ minWidth: "9rem" }} options={TEAM_ROLES.map((r) => ({ value: r, label: t(roleKey(r)) }))} />
                </Form.Item>
                <Form.Item label=" " colon={false}>
                  <Button onClick={() => remove(field.name)} aria-label={t("inspections.team.removeMember", { row: index + 1 })}>
                    {t("inspections.plan.remove")}
                  </Button>
                </Form.Item>
              </Space>
            ))}
            <Button onClick={() => add({ role: "MEMBER" })}>{t("inspections.team.addMember")}</Button>
          </fieldset>
        )}
      </Form.List>
      {form.isError && <Alert type="error" title={errorText(form.error, lang, t)} />}
      <Space className="filters__actions">
        <Button type="primary" htmlType="submit" loading={form.isPending}>
          {t("inspections.team.save")}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </Space>
    </Form>
  );
}
