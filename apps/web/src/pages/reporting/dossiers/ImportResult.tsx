import { Alert, Button, Descriptions, Progress } from "antd";
import { useState } from "react";
import { saveBlob } from "../../../api/client.ts";
import { keys, useGraphQLQuery } from "../../../api/query.tsx";
import { useSession } from "../../../auth/SessionProvider.tsx";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../../i18n/vi.ts";
import { DataTable } from "../../../ui/DataTable.tsx";
import { blobOf, DOSSIER_IMPORT_QUERY, DOSSIER_REJECTION_REPORT, DOSSIER_REJECTIONS_QUERY, REJECTIONS_PAGE_SIZE } from "../dossier-api.ts";

type Rejection = { row: number; cells: string[]; reason: string };

/** One import: its progress while the rows are checked (polled each second), then its counts and rejected rows. */
export function ImportResult({ importId }: { importId: string }) {
  const { t, lang } = useI18n();
  const result = useGraphQLQuery(
    keys.dossierImport(importId),
    DOSSIER_IMPORT_QUERY,
    { id: importId },
    {
      refetchInterval: (query) => (query.state.data?.dossierImport.status === "processing" ? 1000 : false),
    },
  );
  const r = result.data?.dossierImport;
  if (result.isError) return <Alert type="error" title={errorText(result.error, lang, t)} />;
  if (!r) return null;
  const percent = r.total > 0 ? Math.floor((r.processed / r.total) * 100) : 100;

  return (
    <section aria-labelledby="import-result-title" className="kit-stack">
      <h2 id="import-result-title">{t("reports.dossiers.result", { file: r.fileName })}</h2>
      <Progress
        percent={percent}
        status={r.status === "failed" ? "exception" : r.status === "done" ? "success" : "active"}
        aria-label={t("reports.dossiers.progress")}
      />
      <p role="status" data-testid="import-status">
        {t(`reports.dossiers.status.${r.status}` as MessageKey)}
      </p>
      {r.failure && <Alert type="error" title={r.failure} />}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 4 }}
        items={[
          { key: "total", label: t("reports.dossiers.total"), children: r.total },
          { key: "imported", label: t("reports.dossiers.imported"), children: <span data-testid="import-imported">{r.imported}</span> },
          { key: "duplicates", label: t("reports.dossiers.duplicates"), children: r.duplicates },
          { key: "rejected", label: t("reports.dossiers.rejected"), children: <span data-testid="import-rejected">{r.rejected}</span> },
        ]}
      />
      {r.status !== "processing" && r.rejected > 0 && <Rejections importId={importId} />}
    </section>
  );
}

function Rejections({ importId }: { importId: string }) {
  const { api } = useSession();
  const { t, lang } = useI18n();
  const [page, setPage] = useState(1);
  const [error, setError] = useState<unknown>(null);
  const variables = { importId, first: REJECTIONS_PAGE_SIZE, offset: (page - 1) * REJECTIONS_PAGE_SIZE };
  const rows = useGraphQLQuery([...keys.dossierImport(importId), "rejections", variables], DOSSIER_REJECTIONS_QUERY, variables, {
    placeholderData: (previous) => previous,
  });
  const data = rows.data?.dossierImportRejections;

  async function download() {
    setError(null);
    try {
      const { dossierImportRejectionReport: file } = await api.request(DOSSIER_REJECTION_REPORT, { importId });
      saveBlob(blobOf(file), file.fileName);
    } catch (err) {
      setError(err);
    }
  }

  return (
    <>
      <div className="kit-toolbar">
        <h3>{t("reports.dossiers.rejections")}</h3>
        <Button onClick={() => void download()}>{t("reports.dossiers.rejectionReport")}</Button>
      </div>
      {error != null && <Alert type="error" title={errorText(error, lang, t)} />}
      {data && (
        <DataTable<Rejection>
          label={t("reports.dossiers.rejections")}
          rowKey="row"
          dataSource={data.items}
          columns={[
            { title: t("reports.dossiers.row"), dataIndex: "row", className: "nowrap" },
            { title: t("reports.dossiers.reason"), dataIndex: "reason" },
            { title: t("reports.dossiers.cells"), key: "cells", render: (_, x) => x.cells.map((c) => c || "—").join(" · ") },
          ]}
          serverPage={{ current: page, size: REJECTIONS_PAGE_SIZE, total: data.total, onChange: setPage }}
        />
      )}
    </>
  );
}
