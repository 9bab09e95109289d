import { useI18n } from "../i18n/I18nProvider.tsx";

interface Props {
  /** The first row shown (from 0), the page size and the list's total, all as the server pages them. */
  offset: number;
  pageSize: number;
  total: number;
  onOffset(offset: number): void;
}

/**
 * "Trước / từ–đến trên tổng / Sau" under a public table paged by the server. Plain buttons: the public
 * pages load no UI kit (they must stay light on a phone), so this is not the staff app's pager.
 */
export function PublicPager({ offset, pageSize, total, onOffset }: Props) {
  const { t } = useI18n();
  if (total <= pageSize) return null;
  return (
    <div className="row">
      <button type="button" className="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - pageSize))}>
        {t("pakn.stats.previous")}
      </button>
      <span>{t("pakn.stats.page", { from: offset + 1, to: Math.min(offset + pageSize, total), total })}</span>
      <button type="button" className="button" disabled={offset + pageSize >= total} onClick={() => onOffset(offset + pageSize)}>
        {t("pakn.stats.next")}
      </button>
    </div>
  );
}
