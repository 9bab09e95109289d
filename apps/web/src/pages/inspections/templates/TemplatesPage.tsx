import { Alert, Button } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { keys, useGraphQLMutation, useGraphQLQuery } from "../../../api/query.tsx";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { DataTable } from "../../../ui/DataTable.tsx";
import { abilities, useCurrentUser } from "../access.ts";
import { CHECKLIST_TEMPLATES_QUERY, REVISE_TEMPLATE, type ChecklistTemplate } from "../inspections-api.ts";
import { TemplateEditor } from "./TemplateEditor.tsx";

/**
 * Mẫu phiếu kiểm tra: the checklist templates at their newest version, the number of groups and criteria,
 * and, for the city office, the editor that saves a new version. Inspections already started keep the
 * criteria they copied when they started; only inspections started later use the new version.
 */
export function TemplatesPage() {
  const { t, lang } = useI18n();
  const can = abilities(useCurrentUser());
  const templates = useGraphQLQuery([...keys.inspections, "templates"], CHECKLIST_TEMPLATES_QUERY);
  const revise = useGraphQLMutation(REVISE_TEMPLATE, [keys.inspections]);
  const [editing, setEditing] = useState<string | null>(null);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const list = templates.data?.checklistTemplates ?? null;
  const current = list?.find((x) => x.id === editing) ?? null;

  const columns: ColumnsType<ChecklistTemplate> = [
    { title: t("inspections.templates.code"), dataIndex: "code" },
    { title: t("inspections.templates.name"), dataIndex: "name" },
    {
      title: t("inspections.templates.version"),
      key: "version",
      render: (_, x) => <span data-testid={`template-version-${x.code}`}>{x.version}</span>,
    },
    {
      title: t("inspections.templates.size"),
      key: "size",
      render: (_, x) =>
        t("inspections.templates.sizeText", { groups: x.groups.length, criteria: x.groups.reduce((n, g) => n + g.criteria.length, 0) }),
    },
    ...(can.cityOffice
      ? [
          {
            title: t("inspections.risk.actions"),
            key: "edit",
            render: (_: unknown, x: ChecklistTemplate) => (
              <Button
                onClick={() => {
                  setSavedVersion(null);
                  setEditing(x.id);
                }}
                aria-label={t("inspections.templates.editOf", { name: x.name })}
              >
                {t("inspections.templates.edit")}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <section aria-labelledby="page-title" className="stack">
      <h1 id="page-title">{t("inspections.templates.heading")}</h1>
      <Alert type="info" title={t("inspections.templates.versionNote")} />
      {templates.isError && <Alert type="error" title={errorText(templates.error, lang, t)} />}
      <p className="page-status" role="status">
        {templates.isFetching && !list
          ? t("inspections.loading")
          : savedVersion !== null
            ? t("inspections.templates.saved", { version: savedVersion })
            : ""}
      </p>
      {list && list.length > 0 && (
        <DataTable<ChecklistTemplate> label={t("inspections.templates.table")} rowKey="id" columns={columns} dataSource={list} />
      )}
      {current && (
        <div className="card">
          <h2>{t("inspections.templates.editing", { name: current.name, version: current.version })}</h2>
          <TemplateEditor
            // A new version remounts the editor with what was saved.
            key={current.versionId}
            template={current}
            onCancel={() => setEditing(null)}
            onSubmit={async (input) => {
              try {
                const { reviseChecklistTemplate } = await revise.mutateAsync({ id: current.id, input });
                setSavedVersion(reviseChecklistTemplate.version);
                setEditing(null);
                return null;
              } catch (err) {
                return err;
              }
            }}
          />
        </div>
      )}
    </section>
  );
}
