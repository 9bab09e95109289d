import { Table, type TableProps } from "antd";
import type { HTMLAttributes } from "react";

/** One page of a list paged by the server: the page shown (from 1), its size, the list's total, and how to turn the page. */
export interface ServerPage {
  current: number;
  size: number;
  total: number;
  onChange: (page: number) => void;
}

export type DataTableProps<T> = TableProps<T> & {
  /** The table's accessible name (screen readers and tests find tables by it). */
  label: string;
  /** A list paged by the server: the pager asks for another page, the size is the server's, one page hides the pager. */
  serverPage?: ServerPage;
};

/**
 * Ant Design's Table with an accessible name on the <table> element itself and the kit's defaults:
 * small rows, horizontal scroll on a phone, no pagination unless the list is paged by the server.
 */
export function DataTable<T extends object>({ label, components, serverPage, ...props }: DataTableProps<T>) {
  return (
    <Table<T>
      size="middle"
      pagination={
        serverPage
          ? {
              current: serverPage.current,
              pageSize: serverPage.size,
              total: serverPage.total,
              showSizeChanger: false,
              hideOnSinglePage: true,
              onChange: serverPage.onChange,
            }
          : false
      }
      {...props}
      components={{
        ...components,
        table: (tableProps: HTMLAttributes<HTMLTableElement>) => <table {...tableProps} aria-label={label} />,
      }}
    />
  );
}
