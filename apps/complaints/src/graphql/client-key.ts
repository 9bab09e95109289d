import { ACTOR_HEADER, type FastifyRequest } from "@tthc/service-kit";

/**
 * The client behind a request. The gateway puts the caller's address in x-forwarded-for and signs
 * the actor; a request without the signed actor header did not come through the gateway, so its
 * x-forwarded-for is not trusted and the socket address is used. Here, with the requests: use cases
 * take the resulting key as a plain string.
 */
export function clientKey(request: FastifyRequest): string {
  const forwarded = request.headers["x-forwarded-for"];
  if (typeof request.headers[ACTOR_HEADER] === "string" && typeof forwarded === "string" && forwarded.trim()) {
    return forwarded.split(",")[0]!.trim();
  }
  return request.ip;
}
