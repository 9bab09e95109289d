import { useId, useState, type FormEvent } from "react";
import { useSearchParams } from "react-router-dom";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { formatDate } from "../i18n/dates.ts";
import { ErrorNotice } from "./PublicLayout.tsx";
import { publicRequest } from "./public-api.ts";
import type { LookupQuery, LookupQueryVariables } from "../graphql/generated/graphql.ts";

// Typed by codegen from this string (see SubmitPage.tsx for why it is not a graphql() document).
const LOOKUP = /* GraphQL */ `
  query Lookup($code: String!, $secret: String!) {
    lookupComplaint(trackingCode: $code, secret: $secret) {
      trackingCode
      statusText {
        vi
        en
      }
      receivedDay
      answerDue
      paused
      answerText
      answerDocumentNumber
      answerDocumentDate
      returnedReason
      returnedGuidance
      mergedIntoTrackingCode
    }
  }
`;

type Lookup = LookupQuery["lookupComplaint"];

/** Tra cứu: the sender's own PAKN by tracking code + secret. */
export function LookupPage() {
  const { t, lang } = useI18n();
  const id = useId();
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get("code") ?? "");
  const [secret, setSecret] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<Lookup | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setResult(null);
    setBusy(true);
    try {
      setResult((await publicRequest<LookupQuery, LookupQueryVariables>(LOOKUP, { code, secret })).lookupComplaint);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="page-title" className="stack">
      <h1 id="page-title">{t("pakn.lookup.heading")}</h1>
      {/* submit shows its own failures; nothing is left to handle here. */}
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <div>
          <label htmlFor={`${id}-code`}>{t("pakn.trackingCode")}</label>
          <input
            id={`${id}-code`}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoCapitalize="characters"
            placeholder="PAKN-2025-XXXXXX"
          />
        </div>
        <div>
          <label htmlFor={`${id}-secret`}>{t("pakn.secret")}</label>
          <input
            id={`${id}-secret`}
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
          />
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t("pakn.lookup.button")}
        </button>
      </form>
      <ErrorNotice error={error} />
      {result && (
        <div className="card stack" data-testid="lookup-result">
          <dl className="facts">
            <dt>{t("pakn.trackingCode")}</dt>
            <dd>{result.trackingCode}</dd>
            <dt>{t("pakn.status")}</dt>
            <dd data-testid="lookup-status">{result.statusText[lang]}</dd>
            <dt>{t("pakn.receivedDay")}</dt>
            <dd>{formatDate(result.receivedDay)}</dd>
            <dt>{t("pakn.answerDue")}</dt>
            <dd>{result.paused ? t("pakn.paused") : formatDate(result.answerDue)}</dd>
          </dl>
          {result.mergedIntoTrackingCode && <p className="notice">{t("pakn.merged", { code: result.mergedIntoTrackingCode })}</p>}
          {result.returnedReason && (
            <div>
              <h2>{t("pakn.returned")}</h2>
              <p className="plain-text">{result.returnedReason}</p>
              <p className="plain-text">{result.returnedGuidance}</p>
            </div>
          )}
          {result.answerText && (
            <div>
              <h2>{t("pakn.answer")}</h2>
              <p className="secondary">
                {t("pakn.answerDocument", { number: result.answerDocumentNumber ?? "", date: formatDate(result.answerDocumentDate ?? "") })}
              </p>
              <p className="plain-text" data-testid="lookup-answer">
                {result.answerText}
              </p>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
