import { Button } from "antd";
import { useState } from "react";
import { saveBlob } from "../api/client.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";

export type XlsxValue = string | number | null;

/**
 * Exports a list as it is shown (its columns' headings and the rows on screen) to an .xlsx file, built
 * in the browser; the spreadsheet library is loaded only when someone asks for a file.
 */
export function ExportXlsxButton({ fileName, header, rows }: { fileName: string; header: string[]; rows: () => XlsxValue[][] }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);

  async function exportRows() {
    setBusy(true);
    try {
      const { default: writeXlsxFile } = await import("write-excel-file/browser");
      const data = [
        header.map((value) => ({ value, fontWeight: "bold" as const })),
        ...rows().map((row) => row.map((value) => (value === null ? null : { value }))),
      ];
      saveBlob(await writeXlsxFile(data).toBlob(), `${fileName}.xlsx`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button loading={busy} onClick={() => void exportRows()}>
      {t("common.exportXlsx")}
    </Button>
  );
}
