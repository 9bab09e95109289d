import { useId, useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { formatDate } from "../i18n/dates.ts";
import { ErrorNotice } from "./PublicLayout.tsx";
import { solveChallenge } from "./proof-of-work.ts";
import { publicRequest, uploadAttachment } from "./public-api.ts";
import type { ChallengeQuery, SubmitMutation, SubmitMutationVariables } from "../graphql/generated/graphql.ts";

// Typed by codegen from these strings; not graphql() documents, which would load the admin app's
// documents into this light bundle (see api/client.ts).
const CHALLENGE = /* GraphQL */ `
  query Challenge {
    complaintChallenge {
      nonce
      difficulty
    }
  }
`;
const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitComplaintInput!, $challenge: ChallengeSolution!) {
    submitComplaint(input: $input, challenge: $challenge) {
      trackingCode
      secret
      receivedDay
      answerDue
    }
  }
`;

const MAX_FILES = 5;
const ACCEPT = ".pdf,.jpg,.jpeg,.png,.docx,application/pdf,image/jpeg,image/png";

type Receipt = SubmitMutation["submitComplaint"];

type Phase = "editing" | "uploading" | "verifying" | "sending";

/** Gửi phản ánh, kiến nghị: the public form; the sender gets a tracking code and a secret. */
export function SubmitPage() {
  const { t } = useI18n();
  const id = useId();
  const [fields, setFields] = useState({
    senderName: "",
    senderAddress: "",
    senderPhone: "",
    senderEmail: "",
    regulation: "",
    content: "",
  });
  const [files, setFiles] = useState<File[]>([]);
  const [consent, setConsent] = useState(false);
  const [phase, setPhase] = useState<Phase>("editing");
  const [error, setError] = useState<unknown>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);

  const set = (name: keyof typeof fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (files.length > MAX_FILES) return setError({ text: t("pakn.tooManyFiles", { max: MAX_FILES }) });
    try {
      setPhase("uploading");
      const attachmentIds = [];
      for (const file of files) attachmentIds.push((await uploadAttachment(file)).id);
      setPhase("verifying");
      const { complaintChallenge } = await publicRequest<ChallengeQuery>(CHALLENGE);
      const counter = await solveChallenge(complaintChallenge.nonce, complaintChallenge.difficulty);
      setPhase("sending");
      const data = await publicRequest<SubmitMutation, SubmitMutationVariables>(SUBMIT, {
        input: { ...fields, senderPhone: fields.senderPhone || null, senderEmail: fields.senderEmail || null, attachmentIds, consent },
        challenge: { nonce: complaintChallenge.nonce, counter },
      });
      setReceipt(data.submitComplaint);
    } catch (err) {
      setError(err);
    } finally {
      setPhase("editing");
    }
  }

  if (receipt) {
    return (
      <section aria-labelledby="page-title" className="stack">
        <h1 id="page-title">{t("pakn.receipt.heading")}</h1>
        <div className="card stack" data-testid="receipt">
          <p>{t("pakn.receipt.intro")}</p>
          <dl className="facts">
            <dt>{t("pakn.trackingCode")}</dt>
            <dd className="receipt-code" data-testid="tracking-code">
              {receipt.trackingCode}
            </dd>
            <dt>{t("pakn.secret")}</dt>
            <dd className="receipt-code" data-testid="secret">
              {receipt.secret}
            </dd>
            <dt>{t("pakn.receivedDay")}</dt>
            <dd>{formatDate(receipt.receivedDay)}</dd>
            <dt>{t("pakn.answerDue")}</dt>
            <dd>{formatDate(receipt.answerDue)}</dd>
          </dl>
          <p className="notice">{t("pakn.receipt.keepSecret")}</p>
        </div>
        <div className="row no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            {t("pakn.print")}
          </button>
          <Link className="button button--primary" to={`/pakn/tra-cuu?code=${encodeURIComponent(receipt.trackingCode)}`}>
            {t("pakn.nav.lookup")}
          </Link>
        </div>
      </section>
    );
  }

  const busy = phase !== "editing";
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("pakn.submit.heading")}</h1>
      <p>{t("pakn.submit.intro")}</p>
      {/* submit shows its own failures; nothing is left to handle here. */}
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <div>
          <label htmlFor={`${id}-name`}>{t("pakn.senderName")} *</label>
          <input id={`${id}-name`} autoComplete="name" value={fields.senderName} onChange={set("senderName")} required />
        </div>
        <div>
          <label htmlFor={`${id}-address`}>{t("pakn.senderAddress")} *</label>
          <input id={`${id}-address`} autoComplete="street-address" value={fields.senderAddress} onChange={set("senderAddress")} required />
        </div>
        <div>
          <label htmlFor={`${id}-phone`}>{t("pakn.senderPhone")}</label>
          <input
            id={`${id}-phone`}
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            value={fields.senderPhone}
            onChange={set("senderPhone")}
          />
        </div>
        <div>
          <label htmlFor={`${id}-email`}>{t("pakn.senderEmail")}</label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="email"
            value={fields.senderEmail}
            onChange={set("senderEmail")}
            aria-describedby={`${id}-contact`}
          />
          <small id={`${id}-contact`}>{t("pakn.contactHint")}</small>
        </div>
        <div>
          <label htmlFor={`${id}-regulation`}>{t("pakn.regulation")} *</label>
          <input id={`${id}-regulation`} value={fields.regulation} onChange={set("regulation")} required />
        </div>
        <div>
          <label htmlFor={`${id}-content`}>{t("pakn.content")} *</label>
          <textarea id={`${id}-content`} rows={8} value={fields.content} onChange={set("content")} required />
        </div>
        <div>
          <label htmlFor={`${id}-files`}>{t("pakn.attachments")}</label>
          <input
            id={`${id}-files`}
            type="file"
            multiple
            accept={ACCEPT}
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
            aria-describedby={`${id}-files-hint`}
          />
          <small id={`${id}-files-hint`}>{t("pakn.attachmentsHint", { max: MAX_FILES })}</small>
        </div>
        <label className="check">
          <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
          <span>{t("pakn.consent")}</span>
        </label>
        <ErrorNotice error={error} />
        <p className="page-status" role="status">
          {phase === "editing" ? "" : t(`pakn.phase.${phase}`)}
        </p>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t("pakn.submit.button")}
        </button>
      </form>
    </section>
  );
}
