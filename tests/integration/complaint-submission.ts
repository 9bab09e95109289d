/** Submitting a PAKN on the public form through the gateway, as the browser does. */
import { solveProofOfWork } from "@tthc/test-kit";
import { gql } from "./stack.ts";

/** `headers` go with the submission only (e.g. a W3C `traceparent`, as a traced browser sends). */
export async function submitAnonymously(
  content: string,
  headers: Record<string, string> = {},
): Promise<{ trackingCode: string; secret: string }> {
  const challenge = await gql<{ complaintChallenge: { nonce: string; difficulty: number } }>(`{ complaintChallenge { nonce difficulty } }`);
  const { nonce, difficulty } = challenge.data!.complaintChallenge;
  const res = await gql<{ submitComplaint: { trackingCode: string; secret: string } }>(
    `mutation ($i: SubmitComplaintInput!, $c: ChallengeSolution!) { submitComplaint(input: $i, challenge: $c) { trackingCode secret } }`,
    {
      i: {
        senderName: "Trần Thị Bình",
        senderAddress: "Số 5 ngõ 10 phố Phạm Ngũ Lão, phường Lê Lợi",
        senderPhone: "0987 654 321",
        regulation: "Thủ tục chứng thực bản sao từ bản chính",
        content,
        consent: true,
      },
      c: { nonce, counter: solveProofOfWork(nonce, difficulty) },
    },
    headers,
  );
  if (!res.data) throw new Error(`submit failed: ${JSON.stringify(res.errors)}`);
  return res.data.submitComplaint;
}
