import { useEffect, useState } from "react";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { PublicServiceQualityIndexQuery, PublicServiceQualityIndexQueryVariables } from "../graphql/generated/graphql.ts";
import { ErrorNotice } from "./PublicLayout.tsx";
import { PublicPager } from "./PublicPager.tsx";
import { publicRequest } from "./public-api.ts";

// Typed by codegen from this string (see SubmitPage.tsx for why it is not a graphql() document).
const INDEX = /* GraphQL */ `
  query PublicServiceQualityIndex($limit: Int, $offset: Int) {
    publicServiceQualityIndex(limit: $limit, offset: $offset) {
      month
      total
      items {
        rank
        unitId
        unitName
        total
        maxTotal
      }
    }
  }
`;

type Page = PublicServiceQualityIndexQuery["publicServiceQualityIndex"];

const PAGE_SIZE = 50;
const points = (value: number) => value.toLocaleString("vi-VN", { maximumFractionDigits: 2 });

/**
 * The Decision 766/QĐ-TTg service-quality index of the last complete month, for anyone: rank, unit and points,
 * best first, paged by the server. The indicators behind the points stay with signed-in readers.
 */
export function ServiceQualityIndexTable() {
  const { t } = useI18n();
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    setError(null);
    publicRequest<PublicServiceQualityIndexQuery, PublicServiceQualityIndexQueryVariables>(INDEX, { limit: PAGE_SIZE, offset })
      .then((data) => live && setPage(data.publicServiceQualityIndex))
      .catch((err: unknown) => live && setError(err));
    return () => {
      live = false;
    };
  }, [offset]);

  const month = page ? `${page.month.slice(5)}/${page.month.slice(0, 4)}` : "";
  return (
    <section aria-labelledby="index-title" className="stack">
      <h2 id="index-title">{t("pakn.stats.index.heading")}</h2>
      <p>{t("pakn.stats.index.intro")}</p>
      <ErrorNotice error={error} />
      {page && page.items.length === 0 && <p>{t("pakn.stats.index.empty", { month })}</p>}
      {page && page.items.length > 0 && (
        <div className="table-scroll">
          <table className="stats-table" data-testid="public-index">
            <caption>{t("pakn.stats.index.caption", { month })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("pakn.stats.index.rank")}</th>
                <th scope="col">{t("pakn.stats.unit")}</th>
                <th scope="col">{t("pakn.stats.index.points")}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((row) => (
                <tr key={row.unitId} data-unit={row.unitId}>
                  <td>{`${row.rank}/${page.total}`}</td>
                  <th scope="row">{row.unitName}</th>
                  <td data-testid="index-total">{`${points(row.total)} / ${points(row.maxTotal)}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page && <PublicPager offset={offset} pageSize={PAGE_SIZE} total={page.total} onOffset={setOffset} />}
    </section>
  );
}
