/**
 * deploy/monitoring/ (issue 13, item 8): the alert rules and the Prometheus configuration pass
 * `promtool` (Debian's `prometheus` package; the test command installs it when missing), the rules'
 * own unit tests (alerts.test.yml) fire as described, and every metric the dashboard and the rules
 * query is one the code exports (service-kit metrics.ts) — a renamed metric fails here, not on a blank
 * panel in production.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { metricsRegistry } from "@tthc/service-kit";
import { NAMESPACE } from "../deploy/manifests.ts";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

const MONITORING = join(fileURLToPath(new URL("../..", import.meta.url)), "deploy", "monitoring");

interface Panel {
  id: number;
  type: string;
  title: string;
  gridPos?: { x: number; y: number; w: number; h: number };
  targets?: Array<{ expr: string; refId: string }>;
}
interface Rule {
  alert: string;
  expr: string;
  labels?: { severity?: string };
  annotations?: { summary?: string; description?: string };
}

const dashboard = JSON.parse(readFileSync(join(MONITORING, "dashboard.json"), "utf8")) as { uid: string; panels: Panel[] };
const rules = (parse(readFileSync(join(MONITORING, "alerts.yml"), "utf8")) as { groups: Array<{ rules: Rule[] }> }).groups.flatMap(
  (g) => g.rules,
);

/** What a scrape of any app can show: the registered metrics, with a histogram's three series. */
function exportedSeries(): Set<string> {
  const names = new Set<string>(["up"]); // Prometheus's own, per target.
  for (const metric of metricsRegistry.getMetricsAsArray()) {
    const { name, type } = metric as unknown as { name: string; type: string };
    names.add(name);
    if (type === "histogram") for (const suffix of ["_bucket", "_sum", "_count"]) names.add(name + suffix);
  }
  return names;
}

// PromQL words that are not metric names (functions, aggregations, operators) in the expressions used.
const PROMQL_WORDS = new Set([
  "sum",
  "max",
  "min",
  "avg",
  "count",
  "rate",
  "increase",
  "delta",
  "histogram_quantile",
  "min_over_time",
  "max_over_time",
  "time",
  "and",
  "or",
  "unless",
  "on",
  "ignoring",
  "group_left",
  "group_right",
  "bool",
]);

/** The metric names an expression reads: its identifiers once strings, label matchers, groupings and ranges are removed. */
function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, "")
    .replace(/\{[^}]*\}/g, "")
    .replace(/\b(?:by|without)\s*\([^)]*\)/g, "")
    .replace(/\[[^\]]*\]/g, "");
  return [...new Set(bare.match(/\b[a-zA-Z_:][a-zA-Z0-9_:]*\b/g) ?? [])].filter((word) => !PROMQL_WORDS.has(word));
}

function promtool(...args: string[]): string {
  try {
    return execFileSync("promtool", args, { cwd: MONITORING, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (err) {
    const { code, stdout, stderr } = err as { code?: string; stdout?: string; stderr?: string };
    if (code === "ENOENT") throw new Error("promtool is missing: `apt-get install prometheus` (infra/test.sh installs it)");
    throw new Error(`promtool ${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}`);
  }
}

describe("deploy/monitoring", () => {
  it("has alert rules promtool accepts, whose unit tests fire as described", () => {
    expect(promtool("check", "rules", "alerts.yml")).toMatch(/SUCCESS: \d+ rules found/);
    expect(promtool("test", "rules", "alerts.test.yml")).toMatch(/SUCCESS/);
  });

  it("has a Prometheus configuration promtool accepts, loading those rules", () => {
    expect(promtool("check", "config", "prometheus.yml")).toMatch(/SUCCESS/);
  });

  it("has a cluster scrape job matching the generated manifests (namespace, annotations, job name the alerts read)", () => {
    const { scrape_configs: jobs } = parse(readFileSync(join(MONITORING, "kubernetes-scrape.yml"), "utf8")) as {
      scrape_configs: Array<{
        job_name: string;
        kubernetes_sd_configs: Array<{ role: string; namespaces: { names: string[] } }>;
        relabel_configs: Array<{ source_labels: string[]; action?: string; regex?: string }>;
      }>;
    };
    const [job] = jobs;
    expect(job!.job_name).toMatch(/^tthc/); // AppDown reads up{job=~"tthc.*"}
    expect(job!.kubernetes_sd_configs).toEqual([{ role: "pod", namespaces: { names: [NAMESPACE] } }]);
    expect(job!.relabel_configs).toContainEqual({
      source_labels: ["__meta_kubernetes_pod_annotation_prometheus_io_scrape"],
      action: "keep",
      regex: "true",
    });
    const local = parse(readFileSync(join(MONITORING, "prometheus.yml"), "utf8")) as { scrape_configs: Array<{ job_name: string }> };
    for (const { job_name } of local.scrape_configs) expect(job_name).toMatch(/^tthc/);
  });

  it("alerts on outbox age, consumer lag, growing dead letters, the error rate and failing jobs", () => {
    const reading = (metric: string) => rules.filter((r) => metricNames(r.expr).includes(metric)).map((r) => r.alert);
    expect(reading("tthc_outbox_oldest_age_seconds")).not.toEqual([]);
    expect(reading("tthc_consumer_lag")).not.toEqual([]);
    expect(rules.some((r) => r.expr.includes("increase(tthc_dlq_messages"))).toBe(true);
    expect(rules.some((r) => r.expr.includes('tthc_graphql_requests_total{outcome="error"}'))).toBe(true);
    expect(rules.some((r) => r.expr.includes('tthc_job_runs_total{outcome="failed"}'))).toBe(true);
    for (const rule of rules) {
      expect(rule.labels?.severity, rule.alert).toMatch(/^(warning|critical)$/);
      expect(rule.annotations?.summary, rule.alert).toBeTruthy();
    }
  });

  it("reads in every rule only metrics the code exports", () => {
    const exported = exportedSeries();
    for (const rule of rules) for (const name of metricNames(rule.expr)) expect(exported, `${rule.alert}: ${name}`).toContain(name);
  });

  it("has a dashboard whose every panel queries metrics the code exports", () => {
    const exported = exportedSeries();
    const panels = dashboard.panels.filter((p) => p.type !== "row");
    expect(panels.length).toBeGreaterThan(10);
    expect(new Set(dashboard.panels.map((p) => p.id)).size).toBe(dashboard.panels.length);
    for (const panel of panels) {
      expect(panel.gridPos, panel.title).toBeDefined();
      expect(panel.targets?.length, panel.title).toBeGreaterThan(0);
      for (const target of panel.targets!) {
        const names = metricNames(target.expr);
        expect(names.length, `${panel.title}: ${target.expr}`).toBeGreaterThan(0);
        for (const name of names) expect(exported, `${panel.title}: ${name}`).toContain(name);
      }
    }
    // What the dashboard is for: requests per operation, the outbox, lag, dead letters, jobs.
    const queried = new Set(panels.flatMap((p) => p.targets!.flatMap((t) => metricNames(t.expr))));
    for (const name of [
      "tthc_graphql_requests_total",
      "tthc_graphql_request_duration_seconds_bucket",
      "tthc_outbox_backlog",
      "tthc_outbox_oldest_age_seconds",
      "tthc_consumer_lag",
      "tthc_dlq_messages",
      "tthc_job_runs_total",
    ])
      expect(queried, name).toContain(name);
  });

  it("finds metric names in PromQL, and only them", () => {
    expect(metricNames('sum by (app) (rate(tthc_graphql_requests_total{outcome="error",app=~"x.+"}[5m])) / sum(up)')).toEqual([
      "tthc_graphql_requests_total",
      "up",
    ]);
    expect(metricNames("histogram_quantile(0.99, sum by (le) (rate(foo_bucket[$__rate_interval]))) > 2")).toEqual(["foo_bucket"]);
  });
});
