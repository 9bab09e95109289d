/**
 * The load generator of bench/load.ts, in its own process so that its event loop and CPU are not the
 * measured platform's: autocannon sends one GraphQL operation for a bounded time and prints its result
 * as one JSON line on stdout.
 *
 *   npx tsx bench/load-generator.ts '<json: { url, body, headers, connections, seconds, maxRequests }>'
 */
import autocannon from "autocannon";

interface Job {
  url: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  maxRequests: number;
}

const job = JSON.parse(process.argv[2] ?? "{}") as Job;
const result = await autocannon({
  url: job.url,
  method: "POST",
  headers: { "content-type": "application/json", ...job.headers },
  body: job.body,
  connections: job.connections,
  duration: job.seconds,
  // Bounded in count as well as in time (autocannon's `amount` would disable the duration instead).
  maxOverallRequests: job.maxRequests,
});
console.log(
  JSON.stringify({
    requests: result.requests.total,
    ok: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    throughput: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    seconds: result.duration,
  }),
);
