import { Alert } from "antd";
import type { ReactNode } from "react";
import { errorText } from "../i18n/error-message.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { DataTable, type DataTableProps } from "./DataTable.tsx";

/** A list's page as the services return it. */
export interface ListPage<T> {
  total: number;
  items: T[];
}

type Props<T> = Omit<DataTableProps<T>, "dataSource" | "serverPage" | "loading"> & {
  /** The list's query (TanStack Query's result): fetching, failed, and why. */
  query: { isFetching: boolean; isError: boolean; error: unknown };
  page: ListPage<T> | null | undefined;
  /** The page shown (from 1), the server's page size, and how to turn the page (kept in the address by the caller). */
  current: number;
  pageSize: number;
  onPageChange(page: number): void;
  /** The status line: the whole list's count, what shows while it loads, and (optionally) an empty list's words. */
  countText(total: number): string;
  loadingText: string;
  emptyText?: string;
  /** Shown between the status line and the table when the page has rows (an export button). */
  toolbar?: ReactNode;
};

/**
 * A list paged by the server, as every list page shows it: a status line screen readers announce (loading,
 * then the count), the server's refusal in Vietnamese or English, and the table with the server's pager.
 */
export function PagedTable<T extends object>({
  query,
  page,
  current,
  pageSize,
  onPageChange,
  countText,
  loadingText,
  emptyText,
  toolbar,
  ...table
}: Props<T>) {
  const { t, lang } = useI18n();
  const status = query.isError
    ? ""
    : query.isFetching
      ? loadingText
      : !page
        ? ""
        : page.total === 0 && emptyText
          ? emptyText
          : countText(page.total);
  return (
    <>
      <p className="page-status" role="status">
        {status}
      </p>
      {query.isError && <Alert type="error" title={errorText(query.error, lang, t)} />}
      {page && page.items.length > 0 && (
        <>
          {toolbar}
          <DataTable<T>
            {...table}
            dataSource={page.items}
            loading={query.isFetching}
            serverPage={{ current, size: pageSize, total: page.total, onChange: onPageChange }}
          />
        </>
      )}
    </>
  );
}
