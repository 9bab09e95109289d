import { Table, type TableProps } from "antd";
import type { HTMLAttributes } from "react";

type Props<T> = TableProps<T> & {
  /** The table's accessible name (screen readers and tests find tables by it). */
  label: string;
};

/**
 * Ant Design's Table with an accessible name on the <table> element itself and the kit's defaults:
 * small rows, horizontal scroll on a phone, no pagination unless asked.
 */
export function DataTable<T extends object>({ label, components, ...props }: Props<T>) {
  return (
    <Table<T>
      size="middle"
      pagination={false}
      {...props}
      components={{
        ...components,
        table: (tableProps: HTMLAttributes<HTMLTableElement>) => <table {...tableProps} aria-label={label} />,
      }}
    />
  );
}
