/**
 * The proxy in front of each pair of replicas on a replicated stack (STACK_REPLICAS=2): Debian's
 * haproxy, one frontend per app on the port clients already use (the gateway's, each service's), two
 * servers behind it. haproxy rather than a hand-written Node proxy: health checks, retries of
 * connections that failed and per-request balancing over kept-alive connections are what it is for.
 */
import { REPLICATED_APPS, replicaPort, type StackConfig } from "./config.ts";

export const HAPROXY = "/usr/sbin/haproxy";

/** Where each app's proxy listens: the address clients of a one-replica stack reach the app itself on. */
function frontPort(cfg: StackConfig, app: (typeof REPLICATED_APPS)[number]): number {
  return app === "gateway" ? cfg.gatewayPort : cfg.servicePorts[app];
}

export function haproxyConfig(cfg: StackConfig): string {
  const lines = [
    "global",
    "  log stdout format raw local0 notice",
    "  maxconn 4096",
    "",
    "defaults",
    "  mode http",
    "  log global",
    "  option httplog",
    "  timeout connect 2s",
    // Long enough for an upload or a slow report; a hung replica is caught by the health check, not here.
    "  timeout client 120s",
    "  timeout server 120s",
    // A request is retried on the other replica only when it never reached a server (connection refused
    // or reset before sending): a request a replica may have applied is never sent twice.
    "  retries 3",
    "  retry-on conn-failure",
    "  option redispatch 1",
    // /readyz answers 503 while a replica drains or lost its database: it stops getting requests after
    // three failed checks and comes back after two good ones. Patient checks, because a slow answer on a
    // busy host is not a dead replica; a killed one refuses connections, and those requests are retried
    // on the other replica at once (retry-on above) long before its checks fail.
    "  option httpchk GET /readyz",
    "  timeout check 5s",
    "  default-server inter 1s fall 3 rise 2",
    "",
  ];
  for (const app of REPLICATED_APPS) {
    lines.push(`frontend ${app}`, `  bind 127.0.0.1:${frontPort(cfg, app)}`, `  default_backend ${app}`);
    // The gateway believes X-Forwarded-For from loopback (TRUSTED_PROXIES), as behind the web server or an ingress.
    if (app === "gateway") lines.push("  option forwardfor");
    lines.push("", `backend ${app}`, "  balance roundrobin");
    for (const replica of [1, 2]) lines.push(`  server ${app}-${replica} 127.0.0.1:${replicaPort(cfg, app, replica)} check`);
    lines.push("");
  }
  return lines.join("\n");
}
