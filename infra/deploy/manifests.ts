/**
 * The Kubernetes deployment (deploy/k8s/), generated from the one service registry, the services' env
 * schemas and the event catalogue, so none of them can drift from the manifests: a new service, a new
 * required variable or a new topic changes the output, and the test command fails until it is
 * regenerated (`npx tsx infra/deploy/k8s-cli.ts`).
 *
 * Plain manifests applied with `kubectl apply -k deploy/k8s` (kustomize, built into kubectl), rather
 * than a Helm chart: the values that differ per province (image tag, host name, sizes) are few and
 * kustomize overlays patch them without a template language; the generator is where the logic lives.
 *
 * Operators (versions in OPERATORS): Strimzi for Kafka (KRaft, topics as KafkaTopic resources),
 * CloudNativePG for PostgreSQL (two instances, scheduled backups). Redis is one small Deployment: it
 * holds only rate-limit counts, which a restart may lose (the services fall back to per-replica counts).
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { allTopics } from "@tthc/events";
import { isSecret, SERVICES, serviceUrlVariable, type ServiceName } from "@tthc/service-kit";
import type { z } from "zod";

export const OPERATORS = {
  strimzi: { version: "0.48", apiVersion: "kafka.strimzi.io/v1beta2" },
  cloudnativepg: { version: "1.27", apiVersion: "postgresql.cnpg.io/v1" },
} as const;

export const NAMESPACE = "tthc";
const IMAGE_REGISTRY = "ghcr.io/tthc-platform";
export const CONTAINER_PORT = 8080;
/** The admin port of /metrics (service-kit metrics.ts), scraped by Prometheus through the pod annotations. */
export const METRICS_PORT = 9464;
/** The namespace of the Prometheus that scrapes the pods (deploy/monitoring/prometheus.yml); the only one let in on METRICS_PORT. */
export const MONITORING_NAMESPACE = "monitoring";
const KAFKA_CLUSTER = "tthc-kafka";
const PG_CLUSTER = "tthc-pg";
// Same as ensureTopics (packages/messaging/src/topics.ts): replay from offset 0 needs every event kept.
const TOPIC_PARTITIONS = 3;
const FILES_MOUNT = "/data/files";
const FILES_CLAIM = "tthc-files";

export type App = ServiceName | "gateway" | "web";
export const APPS: readonly App[] = [...SERVICES, "gateway", "web"];
/** Apps that take traffic from outside the cluster (the ingress): the web server and the gateway it calls. */
const PUBLIC_APPS: readonly App[] = ["gateway", "web"];

/** Where an app's env schema is: each service's and the gateway's src/env.ts, the web server's server/env.ts. */
export function envModulePath(root: string, app: App): string {
  return join(root, "apps", app, app === "web" ? "server" : "src", "env.ts");
}

type Manifest = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
} & Record<string, unknown>;

const labelsOf = (app: string) => ({ "app.kubernetes.io/name": app, "app.kubernetes.io/part-of": "tthc" });
const meta = (name: string, app = name) => ({ name, namespace: NAMESPACE, labels: labelsOf(app) });
const secretName = (app: App) => `tthc-${app}`;

/** Where each variable a process cannot start without comes from in the cluster. */
function variableSource(app: App, key: string, field: z.ZodType): Record<string, unknown> | null {
  const fixed: Record<string, string> = {
    PORT: String(CONTAINER_PORT),
    HOST: "0.0.0.0",
    KAFKA_BROKERS: `${KAFKA_CLUSTER}-kafka-bootstrap:9092`,
    REDIS_URL: "redis://tthc-redis:6379",
    METRICS_PORT: String(METRICS_PORT),
    METRICS_HOST: "0.0.0.0",
    GATEWAY_URL: `http://tthc-gateway:${CONTAINER_PORT}`,
    // The web pods and the ingress controller forward the browser's address from the pod network;
    // narrow these private ranges to the cluster's pod CIDR.
    TRUSTED_PROXIES: "10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7",
    ...Object.fromEntries(SERVICES.map((s) => [serviceUrlVariable(s), `http://tthc-${s}:${CONTAINER_PORT}`])),
  };
  if (key in fixed) return { name: key, value: fixed[key] };
  // Uploads and generated documents: on the volume every replica of the app shares.
  if (key.endsWith("_FILES_DIR")) return { name: key, value: `${FILES_MOUNT}/${app}` };
  // The public half of the actor key pair is not secret, but it must match the gateway's private half: both live in one Secret.
  if (key === "ACTOR_PUBLIC_KEY") return { name: key, valueFrom: { secretKeyRef: { name: "tthc-actor-keys", key: "public" } } };
  if (key === "ACTOR_SIGNING_KEY") return { name: key, valueFrom: { secretKeyRef: { name: "tthc-actor-keys", key: "private" } } };
  if (isSecret(field) || key === "DATABASE_URL") return { name: key, valueFrom: { secretKeyRef: { name: secretName(app), key } } };
  return null;
}

/** The environment of one app: every required variable, and the optional ones the cluster provides (Redis). */
export function containerEnv(app: App, schema: z.ZodObject): Array<Record<string, unknown>> {
  const env: Array<Record<string, unknown>> = [];
  for (const [key, field] of Object.entries(schema.shape) as Array<[string, z.ZodType]>) {
    const required = !field.safeParse(undefined).success;
    const source = variableSource(app, key, field);
    if (required && !source)
      throw new Error(`${app}: no source in the cluster for the required variable ${key} (infra/deploy/manifests.ts)`);
    const clusterProvided =
      ["REDIS_URL", "HOST", "METRICS_PORT", "METRICS_HOST", "TRUSTED_PROXIES"].includes(key) || key.endsWith("_FILES_DIR");
    if (source && (required || clusterProvided)) env.push(source);
  }
  return env;
}

/** Secret keys each app reads (what an operator creates; see deploy/k8s/secrets.example.yaml). */
export function secretKeys(env: Array<Record<string, unknown>>, app: App): string[] {
  return env
    .map((e) => (e.valueFrom as { secretKeyRef?: { name: string; key: string } } | undefined)?.secretKeyRef)
    .filter((ref): ref is { name: string; key: string } => ref?.name === secretName(app))
    .map((ref) => ref.key);
}

function deployment(app: App, env: Array<Record<string, unknown>>): Manifest {
  const storesFiles = env.some((e) => String(e.name).endsWith("_FILES_DIR"));
  const probe = (path: string, period: number) => ({ httpGet: { path, port: "http" }, periodSeconds: period, timeoutSeconds: 3 });
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: meta(`tthc-${app}`, app),
    spec: {
      replicas: 2,
      selector: { matchLabels: labelsOf(app) },
      // Never below the replicas serving: a new pod is ready before an old one goes.
      strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: {
          labels: labelsOf(app),
          // Prometheus's Kubernetes discovery keeps the pods that ask to be scraped (deploy/monitoring/prometheus.yml).
          annotations: { "prometheus.io/scrape": "true", "prometheus.io/port": String(METRICS_PORT), "prometheus.io/path": "/metrics" },
        },
        spec: {
          // Longer than the drain (GATEWAY_DRAIN_SECONDS 15, services' 20 s shutdown deadline).
          terminationGracePeriodSeconds: 30,
          securityContext: { runAsNonRoot: true, runAsUser: 10001, fsGroup: 10001, seccompProfile: { type: "RuntimeDefault" } },
          // One replica per node where the cluster has the nodes for it.
          topologySpreadConstraints: [
            {
              maxSkew: 1,
              topologyKey: "kubernetes.io/hostname",
              whenUnsatisfiable: "ScheduleAnyway",
              labelSelector: { matchLabels: labelsOf(app) },
            },
          ],
          containers: [
            {
              name: app,
              image: `${IMAGE_REGISTRY}/${app}:latest`,
              ports: [
                { name: "http", containerPort: CONTAINER_PORT },
                { name: "metrics", containerPort: METRICS_PORT },
              ],
              env,
              readinessProbe: probe("/readyz", 5),
              livenessProbe: { ...probe("/healthz", 10), failureThreshold: 3 },
              resources: { requests: { cpu: "100m", memory: "192Mi" }, limits: { memory: "512Mi" } },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
              // Temporary files, and the shared files of apps that store uploads: the only writable places.
              volumeMounts: [{ name: "tmp", mountPath: "/tmp" }, ...(storesFiles ? [{ name: "files", mountPath: FILES_MOUNT }] : [])],
            },
          ],
          volumes: [
            { name: "tmp", emptyDir: {} },
            ...(storesFiles ? [{ name: "files", persistentVolumeClaim: { claimName: FILES_CLAIM } }] : []),
          ],
        },
      },
    },
  };
}

function service(app: App): Manifest {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: meta(`tthc-${app}`, app),
    spec: { selector: labelsOf(app), ports: [{ name: "http", port: CONTAINER_PORT, targetPort: "http" }] },
  };
}

function disruptionBudget(app: App): Manifest {
  return {
    apiVersion: "policy/v1",
    kind: "PodDisruptionBudget",
    metadata: meta(`tthc-${app}`, app),
    spec: { minAvailable: 1, selector: { matchLabels: labelsOf(app) } },
  };
}

/**
 * Only the gateway reaches a subgraph; the gateway and the web server take traffic from anywhere (the ingress). The
 * metrics port is open to the monitoring namespace's Prometheus only.
 */
function networkPolicy(app: App): Manifest {
  const from = PUBLIC_APPS.includes(app) ? [] : [{ podSelector: { matchLabels: labelsOf("gateway") } }];
  const scraper = {
    from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": MONITORING_NAMESPACE } } }],
    ports: [{ port: METRICS_PORT, protocol: "TCP" }],
  };
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: meta(`tthc-${app}`, app),
    spec: {
      podSelector: { matchLabels: labelsOf(app) },
      policyTypes: ["Ingress"],
      ingress: [{ ...(from.length > 0 ? { from } : {}), ports: [{ port: CONTAINER_PORT, protocol: "TCP" }] }, scraper],
    },
  };
}

function gatewayAutoscaler(): Manifest {
  return {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    metadata: meta("tthc-gateway", "gateway"),
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "tthc-gateway" },
      minReplicas: 2,
      maxReplicas: 10,
      metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } } }],
    },
  };
}

function redis(): Manifest[] {
  return [
    {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: meta("tthc-redis", "redis"),
      spec: {
        replicas: 1,
        selector: { matchLabels: labelsOf("redis") },
        template: {
          metadata: { labels: labelsOf("redis") },
          spec: {
            securityContext: { runAsNonRoot: true, runAsUser: 999, seccompProfile: { type: "RuntimeDefault" } },
            containers: [
              {
                name: "redis",
                image: "redis:7.4-alpine",
                // Counts only: nothing to persist, a bounded memory.
                args: ["--save", "", "--appendonly", "no", "--maxmemory", "128mb", "--maxmemory-policy", "volatile-ttl"],
                ports: [{ name: "redis", containerPort: 6379 }],
                readinessProbe: { exec: { command: ["redis-cli", "ping"] }, periodSeconds: 5 },
                resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { memory: "192Mi" } },
                securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } },
              },
            ],
          },
        },
      },
    },
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: meta("tthc-redis", "redis"),
      spec: { selector: labelsOf("redis"), ports: [{ name: "redis", port: 6379 }] },
    },
  ];
}

function kafka(): Manifest[] {
  const { apiVersion } = OPERATORS.strimzi;
  const clusterLabel = { "strimzi.io/cluster": KAFKA_CLUSTER };
  return [
    {
      apiVersion,
      kind: "KafkaNodePool",
      metadata: { ...meta("brokers", "kafka"), labels: { ...labelsOf("kafka"), ...clusterLabel } },
      spec: {
        replicas: 3,
        roles: ["controller", "broker"],
        storage: { type: "persistent-claim", size: "20Gi", deleteClaim: false },
      },
    },
    {
      apiVersion,
      kind: "Kafka",
      metadata: { ...meta(KAFKA_CLUSTER, "kafka"), annotations: { "strimzi.io/node-pools": "enabled", "strimzi.io/kraft": "enabled" } },
      spec: {
        kafka: {
          listeners: [{ name: "plain", port: 9092, type: "internal", tls: false }],
          config: {
            "default.replication.factor": 3,
            "min.insync.replicas": 2,
            "offsets.topic.replication.factor": 3,
            "transaction.state.log.replication.factor": 3,
            "transaction.state.log.min.isr": 2,
            // Topics come from the catalogue (KafkaTopic below); a typo must not create one.
            "auto.create.topics.enable": false,
          },
        },
        entityOperator: { topicOperator: {} },
      },
    },
    ...allTopics().map((topic): Manifest => ({
      apiVersion,
      kind: "KafkaTopic",
      metadata: { ...meta(topic.replace(/\./g, "-"), "kafka"), labels: { ...labelsOf("kafka"), ...clusterLabel } },
      spec: {
        topicName: topic,
        partitions: TOPIC_PARTITIONS,
        replicas: 3,
        // Kept for ever: projections are rebuilt by replaying from offset 0.
        config: { "retention.ms": -1, "retention.bytes": -1, "min.insync.replicas": 2 },
      },
    })),
  ];
}

function postgres(): Manifest[] {
  const { apiVersion } = OPERATORS.cloudnativepg;
  return [
    {
      apiVersion,
      kind: "Cluster",
      metadata: meta(PG_CLUSTER, "postgres"),
      spec: {
        instances: 2,
        storage: { size: "20Gi" },
        // Each service creates its own database at start (ensureDatabase), so the application role may create databases.
        bootstrap: { initdb: { database: "tthc", owner: "tthc" } },
        managed: { roles: [{ name: "tthc", ensure: "present", login: true, createdb: true, passwordSecret: { name: "tthc-pg-app" } }] },
        backup: {
          retentionPolicy: "30d",
          barmanObjectStore: {
            destinationPath: "s3://tthc-backups/postgres",
            s3Credentials: {
              accessKeyId: { name: "tthc-backup-s3", key: "ACCESS_KEY_ID" },
              secretAccessKey: { name: "tthc-backup-s3", key: "SECRET_ACCESS_KEY" },
            },
          },
        },
      },
    },
    {
      apiVersion,
      kind: "ScheduledBackup",
      metadata: meta(`${PG_CLUSTER}-nightly`, "postgres"),
      // Six fields (seconds first): 01:00 every night.
      spec: { schedule: "0 0 1 * * *", backupOwnerReference: "self", cluster: { name: PG_CLUSTER } },
    },
  ];
}

export interface Rendered {
  /** File name (in deploy/k8s/) → its objects. */
  files: Map<string, Manifest[]>;
  /** What an operator must put in each app's Secret. */
  secrets: Map<string, string[]>;
}

/** Every manifest, by file. `schemas` are the apps' env schemas (src/env.ts `envSchema`). */
export function renderManifests(schemas: Record<App, z.ZodObject>): Rendered {
  const files = new Map<string, Manifest[]>();
  const secrets = new Map<string, string[]>([
    ["tthc-actor-keys", ["private", "public"]],
    // CloudNativePG's application role and the object store its scheduled backups and WAL archive go to.
    ["tthc-pg-app", ["username", "password"]],
    ["tthc-backup-s3", ["ACCESS_KEY_ID", "SECRET_ACCESS_KEY"]],
  ]);
  files.set("namespace.yaml", [{ apiVersion: "v1", kind: "Namespace", metadata: { name: NAMESPACE, labels: labelsOf("tthc") } }]);
  for (const app of APPS) {
    const env = containerEnv(app, schemas[app]);
    const keys = secretKeys(env, app);
    if (keys.length > 0) secrets.set(secretName(app), keys);
    files.set(`${app}.yaml`, [
      deployment(app, env),
      service(app),
      disruptionBudget(app),
      networkPolicy(app),
      ...(app === "gateway" ? [gatewayAutoscaler()] : []),
    ]);
  }
  files.set("files.yaml", [
    {
      apiVersion: "v1",
      kind: "PersistentVolumeClaim",
      metadata: meta(FILES_CLAIM, "files"),
      // Every replica reads and writes the same uploads: the cluster needs a ReadWriteMany class (NFS, CephFS, EFS…).
      spec: { accessModes: ["ReadWriteMany"], resources: { requests: { storage: "50Gi" } } },
    },
  ]);
  files.set("redis.yaml", redis());
  files.set("kafka.yaml", kafka());
  files.set("postgres.yaml", postgres());
  return { files, secrets };
}

/** The apps' env schemas (envModulePath), read as the compose drift test does. */
export async function loadEnvSchemas(root: string): Promise<Record<App, z.ZodObject>> {
  const entries = await Promise.all(
    APPS.map(async (app) => {
      const module = (await import(pathToFileURL(envModulePath(root, app)).href)) as { envSchema: z.ZodObject };
      return [app, module.envSchema] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<App, z.ZodObject>;
}
