/**
 * W3C trace context for the browser's requests: each GraphQL request carries a fresh `traceparent`
 * (sampled), so the gateway's span, the subgraph's, the outbox row's and the consumer's all hang off
 * the trace the browser started, and a support person can follow one click from the browser to its last
 * effect. A header, not the OpenTelemetry web SDK: the browser records no spans of its own, which keeps
 * the public page's budget.
 */
export function newTraceparent(randomBytes: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  const hex = (n: number) => {
    const bytes = randomBytes(n);
    // An all-zero id is invalid in the standard; astronomically unlikely, but cheap to rule out.
    if (bytes.every((b) => b === 0)) bytes[n - 1] = 1;
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  };
  return `00-${hex(16)}-${hex(8)}-01`;
}
