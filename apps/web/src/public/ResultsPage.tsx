import { useEffect, useId, useState, type FormEvent } from "react";
import { useSearchParams } from "react-router-dom";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { formatDate } from "../i18n/dates.ts";
import { ErrorNotice } from "./PublicLayout.tsx";
import { publicRequest } from "./public-api.ts";
import type { PublishedQuery, PublishedQueryVariables } from "../graphql/generated/graphql.ts";

// Typed by codegen from this string (see SubmitPage.tsx for why it is not a graphql() document).
const RESULTS = /* GraphQL */ `
  query Published($search: String) {
    publishedComplaints(search: $search, limit: 50) {
      total
      items {
        trackingCode
        field
        regulation
        question
        answer
        answerDocumentNumber
        answerDocumentDate
        publishedAt
      }
    }
  }
`;

type Published = PublishedQuery["publishedComplaints"]["items"][number];

/** Kết quả xử lý: handled PAKN and their answers, without any personal data of the senders. */
export function ResultsPage() {
  const { t } = useI18n();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const search = params.get("q") ?? "";
  const [text, setText] = useState(search);
  const [items, setItems] = useState<Published[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    publicRequest<PublishedQuery, PublishedQueryVariables>(RESULTS, { search: search || null })
      .then((data) => live && setItems(data.publishedComplaints.items))
      .catch((err: unknown) => live && setError(err));
    return () => {
      live = false;
    };
  }, [search]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setParams(text.trim() ? { q: text.trim() } : {});
  }

  return (
    <section aria-labelledby="page-title" className="stack">
      <h1 id="page-title">{t("pakn.results.heading")}</h1>
      <form className="row" role="search" onSubmit={submit}>
        <label htmlFor={`${id}-q`} className="visually-hidden">
          {t("pakn.results.search")}
        </label>
        <input id={`${id}-q`} type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t("pakn.results.search")} />
        <button type="submit" className="button">
          {t("pakn.results.searchButton")}
        </button>
      </form>
      <ErrorNotice error={error} />
      <p className="page-status" role="status">
        {items === null ? t("pakn.loading") : items.length === 0 ? t("pakn.results.empty") : ""}
      </p>
      {items?.map((item) => (
        <article key={item.trackingCode} className="card stack" data-testid="published-item">
          <h2>
            {item.trackingCode}
            {item.field ? ` · ${item.field}` : ""}
          </h2>
          {item.regulation && <p className="secondary">{item.regulation}</p>}
          {item.question && (
            <div>
              <h3>{t("pakn.results.question")}</h3>
              <p className="plain-text">{item.question}</p>
            </div>
          )}
          <div>
            <h3>{t("pakn.answer")}</h3>
            {item.answerDocumentNumber && (
              <p className="secondary">
                {t("pakn.answerDocument", { number: item.answerDocumentNumber, date: formatDate(item.answerDocumentDate ?? "") })}
              </p>
            )}
            <p className="plain-text">{item.answer}</p>
          </div>
        </article>
      ))}
    </section>
  );
}
