import { Alert, Button } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { keys, useGraphQLQuery } from "../../../api/query.tsx";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../../i18n/vi.ts";
import { DataTable } from "../../../ui/DataTable.tsx";
import { formatInstant } from "../../../ui/dayjs.ts";
import { DOSSIER_IMPORTS_QUERY, type DossierImportRow } from "../dossier-api.ts";

const PAGE_SIZE = 10;

/** The recent imports, newest first (paged by the server); each can be shown with its result. */
export function ImportHistory({ current, onShow }: { current: string | null; onShow(id: string): void }) {
  const { t, lang } = useI18n();
  const [page, setPage] = useState(1);
  const variables = { first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const list = useGraphQLQuery([...keys.dossierImports, variables], DOSSIER_IMPORTS_QUERY, variables, {
    placeholderData: (previous) => previous,
  });
  const data = list.data?.dossierImports;
  const columns: ColumnsType<DossierImportRow> = [
    { title: t("reports.dossiers.fileName"), dataIndex: "fileName" },
    { title: t("reports.dossiers.when"), key: "when", className: "nowrap", render: (_, r) => formatInstant(r.createdAt) },
    { title: t("reports.col.status"), key: "status", render: (_, r) => t(`reports.dossiers.status.${r.status}` as MessageKey) },
    { title: t("reports.dossiers.imported"), dataIndex: "imported", align: "right" as const },
    { title: t("reports.dossiers.duplicates"), dataIndex: "duplicates", align: "right" as const },
    { title: t("reports.dossiers.rejected"), dataIndex: "rejected", align: "right" as const },
    {
      title: t("reports.figures.action"),
      key: "show",
      render: (_, r) =>
        r.id === current ? null : (
          <Button size="small" onClick={() => onShow(r.id)} aria-label={t("reports.dossiers.showOne", { file: r.fileName })}>
            {t("reports.dossiers.show")}
          </Button>
        ),
    },
  ];

  return (
    <section aria-labelledby="imports-title" className="kit-stack">
      <h2 id="imports-title">{t("reports.dossiers.history")}</h2>
      {list.isError && <Alert type="error" title={errorText(list.error, lang, t)} />}
      {data && data.items.length === 0 && <p>{t("reports.dossiers.none")}</p>}
      {data && data.items.length > 0 && (
        <DataTable<DossierImportRow>
          label={t("reports.dossiers.history")}
          rowKey="id"
          columns={columns}
          dataSource={data.items}
          serverPage={{ current: page, size: PAGE_SIZE, total: data.total, onChange: setPage }}
        />
      )}
    </section>
  );
}
