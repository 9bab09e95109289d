/**
 * The least a gateway written in Node can do for an anonymous GraphQL request to one subgraph: read the
 * body, sign the actor for that subgraph (as the gateway does), send it on over a kept-alive connection
 * and stream the answer back untouched. No parsing, validation, planning, limits, metrics or error
 * masking. bench/gateway-floor.ts compares its CPU per request with the real gateway's; it is a yardstick,
 * never a way into the platform (it trusts any request as anonymous and checks nothing).
 *
 *   PORT=… COMPLAINTS_URL=… ACTOR_SIGNING_KEY=… node --import tsx bench/floor-proxy.ts
 */
import { Agent, createServer, request } from "node:http";
import { clock } from "@tthc/clock";
import { ACTOR_HEADER, actorSigningKey, signActor } from "@tthc/service-kit";

const key = actorSigningKey(process.env.ACTOR_SIGNING_KEY ?? "");
const target = new URL("/graphql", process.env.COMPLAINTS_URL);
const agent = new Agent({ keepAlive: true });

const server = createServer((req, res) => {
  // For readyAt(): ready as soon as it listens.
  if (req.url === "/readyz") return void res.end("ok");
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const body = Buffer.concat(chunks);
    void signActor({ kind: "anonymous" }, key, { audience: "complaints", body }, clock()).then((actor) => {
      const upstream = request(
        target,
        { method: "POST", agent, headers: { "content-type": "application/json", "content-length": body.length, [ACTOR_HEADER]: actor } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, { "content-type": answer.headers["content-type"] ?? "application/json" });
          answer.pipe(res);
        },
      );
      upstream.on("error", () => res.destroy());
      upstream.end(body);
    });
  });
});
server.listen(Number(process.env.PORT), "127.0.0.1");
process.on("SIGTERM", () => server.close(() => process.exit(0)));
