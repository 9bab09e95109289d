import { DatePicker, type DatePickerProps } from "antd";
import { DATE_INPUT_FORMATS, dayOf, isoOf } from "./dayjs.ts";

type Props = Omit<DatePickerProps, "value" | "onChange" | "format"> & {
  /** A `Date` scalar (YYYY-MM-DD) or empty. */
  value?: string | null;
  onChange?(iso: string | null): void;
};

/**
 * The kit's date field: Ant Design's picker showing dd/MM/yyyy (typed or picked, leading zeros
 * optional), holding the API's YYYY-MM-DD string so forms never carry Dayjs objects. It works inside a
 * Form.Item (value/onChange) or on its own.
 */
export function DateField({ value, onChange, ...rest }: Props) {
  return (
    <DatePicker
      {...rest}
      format={DATE_INPUT_FORMATS}
      placeholder={rest.placeholder ?? "dd/mm/yyyy"}
      value={dayOf(value)}
      onChange={(day) => onChange?.(isoOf(Array.isArray(day) ? day[0] : day))}
      style={{ width: "100%", ...rest.style }}
    />
  );
}
