import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "@tthc/test-kit";
import { smtpAnswerMailer } from "../../src/use-cases/answer-mail.ts";
import { ACTORS, UNITS, complaintIdOf, gql, ok, startHarness, submit, SUBMISSION, type Harness } from "../harness.ts";

let h: Harness;
let smtp: SMTPServer;
const mails: Array<{ to: string; body: string }> = [];

beforeAll(async () => {
  // A real SMTP server on an ephemeral port; plain text, no auth, as a relay inside the office network.
  smtp = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    onData(stream, session, callback) {
      let body = "";
      stream.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  h = await startHarness("mail", { mailer: smtpAnswerMailer(`smtp://127.0.0.1:${port}`, "Văn phòng <pakn@hungyen.test>") });
});
afterAll(async () => {
  await h?.close();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
});

describe("answers by email", () => {
  it("sends the approved answer to the sender's email address when it is sent", async () => {
    const { trackingCode } = ok(await submit(h.app)).submitComplaint;
    const id = await complaintIdOf(h.db, trackingCode);
    ok(
      await gql(
        h.app,
        `mutation ($id: ID!) { classifyComplaint(id: $id, input: { kind: FEEDBACK, category: "other", field: "Hộ tịch", regulation: "Khai sinh" }) { id } }`,
        { id },
        ACTORS.admin,
      ),
    );
    ok(
      await gql(
        h.app,
        `mutation ($id: ID!, $u: ID!) { transferComplaint(id: $id, units: [{ unitId: $u, lead: true }]) { id } }`,
        { id, u: UNITS.tuPhap.id },
        ACTORS.admin,
      ),
    );
    ok(
      await gql(
        h.app,
        `mutation ($id: ID!) { draftComplaintAnswer(id: $id, text: "Hồ sơ khai sinh gồm tờ khai và giấy chứng sinh.", documentNumber: "7/TP", documentDate: "2025-03-10") { id } }`,
        { id },
        ACTORS.tuPhap,
      ),
    );
    ok(await gql(h.app, `mutation ($id: ID!) { approveComplaintAnswer(id: $id) { id } }`, { id }, ACTORS.admin));
    expect(mails).toHaveLength(0);
    ok(await gql(h.app, `mutation ($id: ID!) { sendComplaintAnswer(id: $id) { status } }`, { id }, ACTORS.admin));
    const mail = await waitFor(() => mails[0]);
    expect(mail.to).toBe(SUBMISSION.senderEmail);
    expect(mail.body).toContain(trackingCode);
    expect(mail.body).toMatch(/Content-Type: text\/plain/i);
  });
});
