import { useId, useState, type FormEvent } from "react";
import { useSearchParams } from "react-router-dom";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { formatDate } from "../i18n/dates.ts";
import { ErrorNotice } from "./PublicLayout.tsx";
import { publicRequest } from "./public-api.ts";
import type { LookupQuery, LookupQueryVariables, RateAnswerMutation, RateAnswerMutationVariables } from "../graphql/generated/graphql.ts";

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
      canRate
      rating {
        satisfied
        ratedAt
      }
    }
  }
`;

const RATE = /* GraphQL */ `
  mutation RateAnswer($code: String!, $secret: String!, $satisfied: Boolean!, $comment: String) {
    rateComplaintAnswer(trackingCode: $code, secret: $secret, satisfied: $satisfied, comment: $comment) {
      satisfied
      ratedAt
    }
  }
`;

/** The server's bound on the comment (complaints RATING_COMMENT_MAX); checked here first to say it sooner. */
const COMMENT_MAX = 1000;

type Lookup = LookupQuery["lookupComplaint"] & { justRated?: true };
type Rating = RateAnswerMutation["rateComplaintAnswer"];

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
  // The code and secret the shown result was read with: the rating is sent with them, whatever is typed since.
  const [credentials, setCredentials] = useState({ code: "", secret: "" });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setResult(null);
    setBusy(true);
    try {
      setResult((await publicRequest<LookupQuery, LookupQueryVariables>(LOOKUP, { code, secret })).lookupComplaint);
      setCredentials({ code, secret });
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
          {result.canRate && (
            <RatingForm {...credentials} onRated={(rating) => setResult({ ...result, canRate: false, rating, justRated: true })} />
          )}
          {result.rating && (
            <p className="notice" role="status" data-testid="rating-given">
              {result.justRated && <>{t("pakn.rating.thanks")} </>}
              {t("pakn.rating.given", {
                rating: t(result.rating.satisfied ? "pakn.rating.satisfied" : "pakn.rating.unsatisfied"),
                date: formatDate(toVietnamDay(result.rating.ratedAt)),
              })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

/** The calendar day in Vietnam (UTC+7, no daylight saving) of an instant. */
const toVietnamDay = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10);

/** Đánh giá: asked once the answer was sent and not yet rated; satisfied or not, with an optional comment. */
function RatingForm({ code, secret, onRated }: { code: string; secret: string; onRated: (rating: Rating) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const tooLong = comment.trim().length > COMMENT_MAX;

  async function rate(satisfied: boolean) {
    if (tooLong) return;
    setError(null);
    setBusy(true);
    try {
      const data = await publicRequest<RateAnswerMutation, RateAnswerMutationVariables>(RATE, {
        code,
        secret,
        satisfied,
        comment: comment.trim() || null,
      });
      onRated(data.rateComplaintAnswer);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack" aria-labelledby={`${id}-q`} onSubmit={(event) => event.preventDefault()} data-testid="rating-form">
      <h2 id={`${id}-q`}>{t("pakn.rating.question")}</h2>
      <div>
        <label htmlFor={`${id}-comment`}>{t("pakn.rating.comment", { max: COMMENT_MAX })}</label>
        <textarea
          id={`${id}-comment`}
          rows={3}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-invalid={tooLong}
          aria-describedby={tooLong ? `${id}-too-long` : undefined}
        />
        {tooLong && (
          <p id={`${id}-too-long`} className="notice notice--error" role="alert">
            {t("pakn.rating.commentTooLong", { max: COMMENT_MAX })}
          </p>
        )}
      </div>
      <div className="row">
        <button type="button" className="button button--primary" disabled={busy || tooLong} onClick={() => void rate(true)}>
          {t("pakn.rating.satisfied")}
        </button>
        <button type="button" className="button" disabled={busy || tooLong} onClick={() => void rate(false)}>
          {t("pakn.rating.unsatisfied")}
        </button>
      </div>
      <ErrorNotice error={error} />
    </form>
  );
}
