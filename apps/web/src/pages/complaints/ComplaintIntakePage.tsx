import { Alert, Button, Form, Input, Select, Space, Upload, type UploadFile } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import { keys, useQueryClient } from "../../api/query.tsx";
import { useSession } from "../../auth/SessionProvider.tsx";
import { formatDate } from "../../i18n/dates.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/vi.ts";
import { errorText } from "../../i18n/error-message.ts";
import { DateField } from "../../ui/DateField.tsx";
import type { ComplaintChannel } from "../../graphql/generated/graphql.ts";
import { dayjs, todayInVietnam, VIETNAM_TZ } from "../../ui/dayjs.ts";
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

interface IntakeFields {
  channel: ComplaintChannel;
  day: string | null;
  time: string;
  senderName: string;
  senderAddress: string;
  senderPhone?: string;
  senderEmail?: string;
  regulation: string;
  content: string;
}

const receivedAtOf = (day: string | null, time: string) => (day ? intakeInstant(formatDate(day), time ?? "") : undefined);

/** Tiếp nhận PAKN: the city office records a PAKN that came by another channel and prints the sender's receipt. */
export function ComplaintIntakePage() {
  const { api } = useSession();
  const { t, lang } = useI18n();
  const [form] = Form.useForm<IntakeFields>();
  const client = useQueryClient();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const uploading = files.some((f) => f.status === "uploading");

  async function submit(fields: IntakeFields) {
    setError(null);
    const receivedAt = receivedAtOf(fields.day, fields.time);
    if (!receivedAt) return;
    setBusy(true);
    try {
      const attachmentIds = files.flatMap((f) =>
        f.status === "done" && typeof f.response?.id === "string" ? [f.response.id as string] : [],
      );
      const { channel, senderName, senderAddress, senderPhone, senderEmail, regulation, content } = fields;
      const data = await api.request(INTAKE, {
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
      // A new PAKN in the inbox: its list and counts are stale.
      void client.invalidateQueries({ queryKey: keys.complaints });
      setRecorded({ id: data.intakeComplaint.complaint.id, receipt: data.intakeComplaint.receipt, channel, senderName });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  if (recorded)
    return (
      <PrintableReceipt
        recorded={recorded}
        onNext={() => {
          setRecorded(null);
          setFiles([]);
        }}
      />
    );

  const required = (label: MessageKey) => [
    { required: true, whitespace: true, message: t("complaints.fieldRequired", { field: t(label) }) },
  ];
  return (
    <section aria-labelledby="page-title" className="stack">
      <h1 id="page-title">{t("complaints.intake.heading")}</h1>
      <Form<IntakeFields>
        form={form}
        name="intake"
        layout="vertical"
        initialValues={{
          channel: "IN_PERSON",
          day: todayInVietnam(),
          time: dayjs().tz(VIETNAM_TZ).format("HH:mm"),
        }}
        onFinish={(values) => void submit(values)}
      >
        <div className="row">
          <Form.Item label={t("complaints.channel")} name="channel">
            <Select options={INTAKE_CHANNELS.map((c) => ({ value: c, label: t(`complaints.channel.${c}` as MessageKey) }))} />
          </Form.Item>
          <Form.Item
            label={t("complaints.intake.receivedDay")}
            name="day"
            rules={[{ required: true, message: t("complaints.intake.badReceivedAt") }]}
          >
            <DateField />
          </Form.Item>
          <Form.Item
            label={t("complaints.intake.receivedTime")}
            name="time"
            dependencies={["day"]}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, time: string) =>
                  receivedAtOf(getFieldValue("day") as string | null, time)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t("complaints.intake.badReceivedAt"))),
              }),
            ]}
          >
            <Input placeholder="hh:mm" inputMode="numeric" />
          </Form.Item>
        </div>
        <Form.Item label={t("pakn.senderName")} name="senderName" rules={required("pakn.senderName")}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label={t("pakn.senderAddress")} name="senderAddress" rules={required("pakn.senderAddress")}>
          <Input autoComplete="off" />
        </Form.Item>
        <div className="row">
          <Form.Item label={t("pakn.senderPhone")} name="senderPhone">
            <Input type="tel" autoComplete="off" />
          </Form.Item>
          <Form.Item label={t("pakn.senderEmail")} name="senderEmail" rules={[{ type: "email", message: t("complaints.intake.badEmail") }]}>
            <Input type="email" autoComplete="off" />
          </Form.Item>
        </div>
        <Form.Item label={t("pakn.regulation")} name="regulation" rules={required("pakn.regulation")}>
          <Input />
        </Form.Item>
        <Form.Item label={t("pakn.content")} name="content" rules={required("pakn.content")}>
          <Input.TextArea rows={8} />
        </Form.Item>
        <Form.Item label={t("complaints.intake.scan")} htmlFor="intake-files" extra={t("pakn.tooManyFiles", { max: MAX_FILES })}>
          <Upload
            id="intake-files"
            multiple
            accept={ACCEPT}
            maxCount={MAX_FILES}
            fileList={files}
            onChange={({ fileList }) => setFiles(fileList)}
            // Through the API client: the staff member's token (the file is then theirs to attach) and the upload's progress.
            customRequest={({ file, onProgress, onSuccess, onError }) => {
              api
                .upload("/files/complaints", file as File, (percent) => onProgress?.({ percent }))
                .then((uploaded) => onSuccess?.(uploaded))
                .catch((err: unknown) => {
                  setError(err);
                  onError?.(err as Error);
                });
            }}
          >
            <Button>{t("planning.report.chooseFile")}</Button>
          </Upload>
        </Form.Item>
        {error != null && <Alert type="error" title={errorText(error, lang, t)} />}
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={busy} disabled={uploading}>
            {t(busy ? "complaints.intake.saving" : "complaints.intake.save")}
          </Button>
          <Link to="/complaints" className="button">
            {t("complaints.intake.back")}
          </Link>
        </Space>
      </Form>
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
        <Button type="primary" onClick={() => window.print()}>
          {t("complaints.receipt.print")}
        </Button>
        <Button onClick={onNext}>{t("complaints.intake.next")}</Button>
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
