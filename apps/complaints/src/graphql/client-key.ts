import { requestClientKey, type FastifyRequest } from "@tthc/service-kit";

/**
 * The client behind a request, as service-kit keys every public budget (an IPv4 address or an IPv6
 * /64). Here, with the requests: use cases take the resulting key as a plain string.
 */
export function clientKey(request: FastifyRequest): string {
  return requestClientKey(request);
}
