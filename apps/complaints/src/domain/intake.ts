/**
 * Validation of a PAKN submission (tiếp nhận), from the public form or from staff intake.
 * Decree 20/2008 Art 7: a written PAKN is in Vietnamese with clear content and the sender's name,
 * address and phone number (or mailing address).
 */
import { z } from "zod";

export const CHANNELS = [
  "web", // cổng thông tin / biểu mẫu trực tuyến
  "in-person", // trực tiếp
  "post", // bưu chính
  "phone", // điện thoại (ghi lại trung thực, Art 7.2)
  "email", // thư điện tử
  "national-portal", // Cổng Dịch vụ công quốc gia
  "other-agency", // cơ quan khác chuyển đến
] as const;
export type Channel = (typeof CHANNELS)[number];

export const NAME_MAX_LENGTH = 200;
export const ADDRESS_MAX_LENGTH = 500;
export const REGULATION_MAX_LENGTH = 1_000;
/** About four typed A4 pages; longer letters come as a scanned attachment. */
export const CONTENT_MAX_LENGTH = 10_000;

export interface FieldError {
  field: string;
  messageVi: string;
  messageEn: string;
}

const MESSAGES: Readonly<Record<string, { vi: string; en: string }>> = {
  "senderName.required": { vi: "Vui lòng nhập họ và tên người gửi.", en: "Enter the sender's name." },
  "senderName.tooLong": {
    vi: `Họ và tên không được dài quá ${NAME_MAX_LENGTH} ký tự.`,
    en: `The name may have at most ${NAME_MAX_LENGTH} characters.`,
  },
  "senderAddress.required": {
    vi: "Vui lòng nhập địa chỉ người gửi (Nghị định 20/2008/NĐ-CP, Điều 7).",
    en: "Enter the sender's address (Decree 20/2008 Art 7).",
  },
  "senderAddress.tooLong": {
    vi: `Địa chỉ không được dài quá ${ADDRESS_MAX_LENGTH} ký tự.`,
    en: `The address may have at most ${ADDRESS_MAX_LENGTH} characters.`,
  },
  "senderPhone.invalid": { vi: "Số điện thoại không hợp lệ.", en: "The phone number is invalid." },
  "senderEmail.invalid": { vi: "Địa chỉ email không hợp lệ.", en: "The email address is invalid." },
  "contact.required": {
    vi: "Vui lòng cung cấp số điện thoại hoặc email để cơ quan liên hệ khi cần.",
    en: "Give a phone number or an email address so the office can reach you.",
  },
  "regulation.required": {
    vi: "Vui lòng cho biết quy định hoặc thủ tục hành chính mà anh/chị phản ánh, kiến nghị.",
    en: "Say which regulation or administrative procedure the feedback concerns.",
  },
  "regulation.tooLong": { vi: `Không được dài quá ${REGULATION_MAX_LENGTH} ký tự.`, en: `At most ${REGULATION_MAX_LENGTH} characters.` },
  "content.required": { vi: "Vui lòng nhập nội dung phản ánh, kiến nghị.", en: "Enter the content of the feedback." },
  "content.tooLong": {
    vi: `Nội dung không được dài quá ${CONTENT_MAX_LENGTH.toLocaleString("vi-VN")} ký tự; phần dài hơn xin gửi kèm dưới dạng tệp.`,
    en: `The content may have at most ${CONTENT_MAX_LENGTH} characters; attach longer texts as a file.`,
  },
  "text.controlCharacters": { vi: "Nội dung chứa ký tự điều khiển không hợp lệ.", en: "The text contains invalid control characters." },
  "channel.invalid": { vi: "Kênh tiếp nhận không hợp lệ.", en: "Unknown channel." },
  "channel.publicIsWeb": { vi: "Biểu mẫu công khai chỉ tiếp nhận PAKN trực tuyến.", en: "The public form only takes online submissions." },
  "channel.staffNotWeb": {
    vi: "Cán bộ tiếp nhận phải chọn kênh: trực tiếp, bưu chính, điện thoại, email, …",
    en: "Staff intake must name the channel it came by.",
  },
  "consent.required": {
    vi: "Vui lòng đồng ý để cơ quan xử lý dữ liệu cá nhân của anh/chị nhằm giải quyết PAKN (Nghị định 13/2023/NĐ-CP).",
    en: "Consent to the processing of your personal data to handle the feedback (Decree 13/2023).",
  },
  "receivedAt.invalid": { vi: "Ngày tiếp nhận không hợp lệ.", en: "The received date is invalid." },
  "receivedAt.future": { vi: "Ngày tiếp nhận không được ở tương lai.", en: "The received date cannot be in the future." },
  "receivedAt.notPublic": {
    vi: "PAKN trực tuyến được ghi nhận theo giờ hệ thống.",
    en: "An online submission is received at the server's time.",
  },
};

// Tab and line breaks are text; other C0/C1 controls (NUL breaks PostgreSQL text) are not.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** NFC so that search, detection of personal data and spans all see one form of each letter. */
export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n").trim();
}

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

function requiredText(key: string, max: number) {
  return z
    .string({ error: `${key}.required` })
    .transform(normalizeText)
    .pipe(
      z
        .string()
        .min(1, { error: `${key}.required` })
        .max(max, { error: `${key}.tooLong` })
        .refine((s) => !CONTROL_CHARACTERS.test(s), { error: "text.controlCharacters" }),
    );
}

/** Vietnamese numbers (0…, +84…) with spaces, dots or dashes; foreign senders give +country numbers. */
export function normalizePhone(phone: string): string | null {
  const compact = phone.replace(/[\s.\-()]/g, "");
  if (/^0\d{9,10}$/.test(compact)) return compact;
  if (/^\+84\d{9,10}$/.test(compact)) return `0${compact.slice(3)}`;
  if (/^\+\d{8,15}$/.test(compact)) return compact;
  return null;
}

const submissionShape = z.object({
  channel: z.enum(CHANNELS, { error: "channel.invalid" }),
  senderName: requiredText("senderName", NAME_MAX_LENGTH),
  senderAddress: requiredText("senderAddress", ADDRESS_MAX_LENGTH),
  senderPhone: z.preprocess(
    emptyToUndefined,
    z
      .string({ error: "senderPhone.invalid" })
      .transform((p, ctx) => {
        const phone = normalizePhone(p);
        if (phone === null) {
          ctx.addIssue({ code: "custom", message: "senderPhone.invalid" });
          return z.NEVER;
        }
        return phone;
      })
      .optional(),
  ),
  senderEmail: z.preprocess(
    emptyToUndefined,
    z.email({ error: "senderEmail.invalid" }).max(254, { error: "senderEmail.invalid" }).optional(),
  ),
  regulation: requiredText("regulation", REGULATION_MAX_LENGTH),
  /** Plain text: stored and shown literally, so "<script>" stays characters, never markup. */
  content: requiredText("content", CONTENT_MAX_LENGTH),
  consent: z.boolean().optional().default(false),
  receivedAt: z.preprocess(
    (v) => (typeof v === "string" && v !== "" ? new Date(v) : emptyToUndefined(v)),
    z
      .date({ error: "receivedAt.invalid" })
      .refine((d) => !Number.isNaN(d.getTime()), { error: "receivedAt.invalid" })
      .optional(),
  ),
});

export type Submission = Omit<z.output<typeof submissionShape>, "receivedAt"> & { receivedAt: Date };

export interface SubmissionContext {
  /** public = the anonymous web form; staff = intake by the city office for the other channels. */
  source: "public" | "staff";
  now: Date;
}

export type SubmissionResult = { ok: true; value: Submission } | { ok: false; errors: FieldError[] };

export function parseSubmission(input: unknown, context: SubmissionContext): SubmissionResult {
  const parsed = submissionShape.safeParse(input);
  const errors: FieldError[] = parsed.success ? [] : parsed.error.issues.map((i) => fieldError(String(i.path[0] ?? ""), i.message));
  // Rules across fields read the raw input too, so one attempt lists every problem at once.
  const raw: Record<string, unknown> = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  const given = (key: string) => emptyToUndefined(raw[key]) !== undefined;
  const channel = CHANNELS.find((c) => c === raw.channel);
  // A letter's return address is the "mailing address" Art 7 accepts instead of a phone number.
  if (!given("senderPhone") && !given("senderEmail") && channel !== "post") errors.push(fieldError("senderPhone", "contact.required"));
  if (context.source === "public") {
    if (channel && channel !== "web") errors.push(fieldError("channel", "channel.publicIsWeb"));
    if (raw.consent !== true) errors.push(fieldError("consent", "consent.required"));
    if (given("receivedAt")) errors.push(fieldError("receivedAt", "receivedAt.notPublic"));
  } else {
    // Staff intake serves the office's statutory task: no consent needed (Decree 13/2023 Art 17).
    if (channel === "web") errors.push(fieldError("channel", "channel.staffNotWeb"));
    const receivedAt = parsed.success ? parsed.data.receivedAt : undefined;
    if (receivedAt && receivedAt.getTime() > context.now.getTime()) errors.push(fieldError("receivedAt", "receivedAt.future"));
  }
  if (!parsed.success || errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...parsed.data, receivedAt: parsed.data.receivedAt ?? context.now } };
}

function fieldError(field: string, key: string): FieldError {
  const message = MESSAGES[key] ?? { vi: "Giá trị không hợp lệ.", en: "Invalid value." };
  return { field, messageVi: message.vi, messageEn: message.en };
}
