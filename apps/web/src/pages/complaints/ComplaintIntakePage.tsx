import { useId, useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { browserTokenStore } from "../../api/token-store.ts";
import { useSession } from "../../auth/SessionProvider.tsx";
import { formatDate } from "../../i18n/dates.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/vi.ts";
import { shownError, UploadError, uploadAttachment, type ShownError } from "../../public/public-api.ts";
import { documentDateVi, INTAKE, INTAKE_CHANNELS, intakeInstant } from "./complaints-query.ts";
import "./receipt.css";

const ACCEPT = ".pdf,.jpg,.jpeg,.png,.docx,application/pdf,image/jpeg,image/png";
const MAX_FILES = 5;

interface Receipt {
  trackingCode: string;
  secret: string;
  receivedAt: string;
  receivedDay: string;
  answerDue: string;
}

interface Recorded {
  id: string;
  receipt: Receipt;
  channel: string;
  senderName: string;
}

const today = () => formatDate(new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Ho_Chi_Minh" }));
const now = () => new Date().toLocaleTimeString("en-GB", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit" });

/** Tiếp nhận PAKN: the city office records a PAKN that came by another channel and prints the sender's receipt. */
export function ComplaintIntakePage() {
  const { api } = useSession();
  const { t, lang } = useI18n();
  const id = useId();
  const [fields, setFields] = useState({
    channel: "IN_PERSON",
    day: today(),
    time: now(),
    senderName: "",
    senderAddress: "",
    senderPhone: "",
    senderEmail: "",
    regulation: "",
    content: "",
  });
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const [recorded, setRecorded] = useState<Recorded | null>(null);

  const set = (name: keyof typeof fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const receivedAt = intakeInstant(fields.day, fields.time);
    if (!receivedAt) return setError({ key: "complaints.intake.badReceivedAt" });
    if (files.length > MAX_FILES) return setError({ text: t("pakn.tooManyFiles", { max: MAX_FILES }) });
    setBusy(true);
    try {
      const token = browserTokenStore().load()?.accessToken;
      const attachmentIds = [];
      for (const file of files) attachmentIds.push((await uploadAttachment(file, token)).id);
      const { channel, senderName, senderAddress, senderPhone, senderEmail, regulation, content } = fields;
      const data = await api.request<{ intakeComplaint: { complaint: { id: string }; receipt: Receipt } }>(INTAKE, {
        input: {
          channel,
          receivedAt,
          senderName,
          senderAddress,
          senderPhone: senderPhone || null,
          senderEmail: senderEmail || null,
          regulation,
          content,
          attachmentIds,
        },
      });
      setRecorded({ id: data.intakeComplaint.complaint.id, receipt: data.intakeComplaint.receipt, channel, senderName });
    } catch (err) {
      setError(err instanceof UploadError ? { text: err.message } : shownError(err, lang));
    } finally {
      setBusy(false);
    }
  }

  if (recorded) return <PrintableReceipt recorded={recorded} onNext={() => setRecorded(null)} />;

  return (
    <section aria-labelledby="page-title" className="stack">
      <h1 id="page-title">{t("complaints.intake.heading")}</h1>
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
        <div className="row">
          <div className="field">
            <label htmlFor={`${id}-channel`}>{t("complaints.channel")}</label>
            <select id={`${id}-channel`} value={fields.channel} onChange={set("channel")}>
              {INTAKE_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`complaints.channel.${c}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-day`}>{t("complaints.intake.receivedDay")}</label>
            <input id={`${id}-day`} value={fields.day} onChange={set("day")} placeholder="dd/mm/yyyy" inputMode="numeric" required />
          </div>
          <div className="field">
            <label htmlFor={`${id}-time`}>{t("complaints.intake.receivedTime")}</label>
            <input id={`${id}-time`} value={fields.time} onChange={set("time")} placeholder="hh:mm" inputMode="numeric" required />
          </div>
        </div>
        <label htmlFor={`${id}-name`}>{t("pakn.senderName")}</label>
        <input id={`${id}-name`} value={fields.senderName} onChange={set("senderName")} required autoComplete="off" />
        <label htmlFor={`${id}-address`}>{t("pakn.senderAddress")}</label>
        <input id={`${id}-address`} value={fields.senderAddress} onChange={set("senderAddress")} required autoComplete="off" />
        <div className="row">
          <div className="field">
            <label htmlFor={`${id}-phone`}>{t("pakn.senderPhone")}</label>
            <input id={`${id}-phone`} value={fields.senderPhone} onChange={set("senderPhone")} type="tel" autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor={`${id}-email`}>{t("pakn.senderEmail")}</label>
            <input id={`${id}-email`} value={fields.senderEmail} onChange={set("senderEmail")} type="email" autoComplete="off" />
          </div>
        </div>
        <label htmlFor={`${id}-regulation`}>{t("pakn.regulation")}</label>
        <input id={`${id}-regulation`} value={fields.regulation} onChange={set("regulation")} required />
        <label htmlFor={`${id}-content`}>{t("pakn.content")}</label>
        <textarea id={`${id}-content`} value={fields.content} onChange={set("content")} rows={8} required />
        <label htmlFor={`${id}-files`}>{t("complaints.intake.scan")}</label>
        <input id={`${id}-files`} type="file" multiple accept={ACCEPT} onChange={(e) => setFiles([...(e.target.files ?? [])])} />
        {error && (
          <p className="notice notice--error" role="alert">
            {"text" in error ? error.text : t(error.key)}
          </p>
        )}
        <div className="row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t(busy ? "complaints.intake.saving" : "complaints.intake.save")}
          </button>
          <Link to="/complaints" className="button">
            {t("complaints.intake.back")}
          </Link>
        </div>
      </form>
    </section>
  );
}

/** Giấy biên nhận: a state document (Decree 30/2020 layout) the sender keeps; the secret is shown only here. */
function PrintableReceipt({ recorded, onNext }: { recorded: Recorded; onNext(): void }) {
  const { t } = useI18n();
  const session = useSession();
  const user = session.state.status === "signedIn" ? session.state.user : null;
  const { receipt } = recorded;
  const issuer = user?.unit?.name ?? t("complaints.receipt.defaultIssuer");
  return (
    <section aria-labelledby="receipt-title" className="stack">
      <div className="row no-print">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t("complaints.receipt.print")}
        </button>
        <button type="button" className="button" onClick={onNext}>
          {t("complaints.intake.next")}
        </button>
        <Link to={`/complaints/${recorded.id}`} className="button">
          {t("complaints.intake.openComplaint")}
        </Link>
      </div>
      <article className="state-document" data-testid="intake-receipt" lang="vi">
        <header className="state-document__header">
          <div className="state-document__issuer">
            <p className="state-document__issuer-name">{issuer.toLocaleUpperCase("vi")}</p>
            <p>Số: {receipt.trackingCode}</p>
          </div>
          <div className="state-document__motto">
            <p className="state-document__nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
            <p className="state-document__slogan">Độc lập - Tự do - Hạnh phúc</p>
            <p className="state-document__date">
              {t("complaints.receipt.place")}, {documentDateVi(receipt.receivedDay)}
            </p>
          </div>
        </header>
        <h2 id="receipt-title" className="state-document__title">
          GIẤY BIÊN NHẬN PHẢN ÁNH, KIẾN NGHỊ
        </h2>
        <p>
          {issuer} đã tiếp nhận phản ánh, kiến nghị của ông/bà <strong>{recorded.senderName}</strong> qua kênh{" "}
          {t(`complaints.channel.${recorded.channel}` as MessageKey).toLocaleLowerCase("vi")}.
        </p>
        <dl className="facts">
          <dt>Mã tra cứu</dt>
          <dd className="receipt-code" data-testid="intake-code">
            {receipt.trackingCode}
          </dd>
          <dt>Mã bí mật</dt>
          <dd className="receipt-code" data-testid="intake-secret">
            {receipt.secret}
          </dd>
          <dt>Ngày tiếp nhận</dt>
          <dd data-testid="intake-received-day">{formatDate(receipt.receivedDay)}</dd>
          <dt>Hạn trả lời</dt>
          <dd>{formatDate(receipt.answerDue)}</dd>
        </dl>
        <p>
          Ông/bà tra cứu tình trạng xử lý và nội dung trả lời tại trang <strong>/pakn/tra-cuu</strong> bằng mã tra cứu và mã bí mật trên. Mã
          bí mật chỉ in một lần trên giấy biên nhận này; vui lòng giữ kín.
        </p>
        <div className="state-document__signatures">
          <div>
            <p className="state-document__role">NGƯỜI GỬI</p>
            <p className="state-document__hint">(Ký, ghi rõ họ tên)</p>
          </div>
          <div>
            <p className="state-document__role">NGƯỜI TIẾP NHẬN</p>
            <p className="state-document__hint">(Ký, ghi rõ họ tên)</p>
            <p className="state-document__signer">{user?.fullName}</p>
          </div>
        </div>
      </article>
    </section>
  );
}
