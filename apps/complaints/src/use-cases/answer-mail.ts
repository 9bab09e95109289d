import nodemailer from "nodemailer";
import { formatVi, type LocalDate } from "@tthc/calendar";

export interface AnswerMail {
  trackingCode: string;
  text: string;
  documentNumber: string;
  documentDate: LocalDate;
}

/** Sends the approved answer to a sender who gave an email address. */
export interface AnswerMailer {
  sendAnswer(to: string, mail: AnswerMail): Promise<void>;
}

export function smtpAnswerMailer(smtpUrl: string, from: string): AnswerMailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async sendAnswer(to, mail) {
      await transport.sendMail({
        from,
        to,
        subject: `Trả lời phản ánh, kiến nghị ${mail.trackingCode}`,
        // Plain text only: the answer is stored as text and never becomes markup.
        text: [
          `Kính gửi Ông/Bà,`,
          ``,
          `Văn phòng HĐND-UBND thành phố trả lời phản ánh, kiến nghị mã ${mail.trackingCode}`,
          `(Văn bản số ${mail.documentNumber} ngày ${formatVi(mail.documentDate)}):`,
          ``,
          mail.text,
          ``,
          `Ông/Bà có thể tra cứu lại bằng mã tra cứu và mã bí mật tại trang tra cứu PAKN.`,
        ].join("\n"),
      });
    },
  };
}
