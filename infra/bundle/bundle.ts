/**
 * Production bundles (bản đóng gói): each service and the gateway as one ES module run by plain `node`,
 * no tsx and no TypeScript at run time.
 *
 *   npx tsx infra/bundle/bundle.ts [app ...]     # default: every service and the gateway
 *
 * writes `apps/<app>/dist/` (the web app: `dist-server/`, after building the app itself): `main.mjs` (the app's `src/main.ts` and every workspace package and npm
 * dependency it imports; an app's operator commands, COMMANDS, beside it), the files the code reads at run time, and a `package.json` naming the few
 * dependencies left outside the bundle (native addons), which is what a Docker image installs.
 *
 * Files read at run time are found, not listed: the code names them as `new URL("<relative>",
 * import.meta.url)` (migrations, GraphQL schema folders, the supergraph). A bundle is one file, so each
 * workspace source file's `import.meta.url` is rewritten to the URL its file would have in a mirror of the
 * repository under `dist/`, and every such target that exists is copied into that mirror — the relative
 * paths in the code stay true without knowing them here.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { SERVICES } from "@tthc/service-kit";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BUNDLED_APPS = [...SERVICES, "gateway", "web"] as const;
export type BundledApp = (typeof BUNDLED_APPS)[number];

/**
 * Where an app's bundle goes. The web app's `dist/` is what `vite build` writes (the browser's files);
 * its server's bundle goes beside it and carries a mirror of those files (server/main.ts names them).
 */
export function bundleDir(app: BundledApp): string {
  return join(ROOT, "apps", app, app === "web" ? "dist-server" : "dist");
}
const sourceDir = (app: BundledApp) => join(ROOT, "apps", app, app === "web" ? "server" : "src");
/**
 * Commands an operator runs from an app's image besides the app (`node <name>.mjs`): the directory's
 * first administrator and its demo data (docker-compose.yml's `directory-seed`, README).
 */
const COMMANDS: Partial<Record<BundledApp, string[]>> = { directory: ["create-admin", "seed"] };

/**
 * Left outside the bundle: native addons (a `.node` binary per platform) and optional peers that are
 * never installed. They are resolved from node_modules at run time.
 */
const NATIVE = ["@node-rs/argon2", "@graphql-hive/router-query-planner"];
const NEVER_INSTALLED = ["pg-native"];

const RUNTIME_URL = /new URL\(\s*(["'`])([^"'`]+)\1\s*,\s*import\.meta\.url\s*\)/g;

/** The "run as a script" guard of a module that is also imported (seed.ts, create-admin.ts). */
const SCRIPT_GUARD = /import\.meta\.url\s*===\s*`file:\/\/\$\{process\.argv\[1\]\}`/g;

/**
 * Rewrites `import.meta.url` in workspace sources and collects the files those URLs point at. A
 * script guard is decided at bundling time: true in the bundle's entry points, false elsewhere.
 */
function mirrorPlugin(assets: Set<string>, entries: readonly string[]): Plugin {
  return {
    name: "import-meta-mirror",
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        if (args.path.includes("/node_modules/")) return undefined;
        const source = readFileSync(args.path, "utf8");
        for (const [, , target] of source.matchAll(RUNTIME_URL)) {
          const file = resolve(dirname(args.path), target!);
          if (file.startsWith(ROOT) && existsSync(file)) assets.add(relative(ROOT, file));
        }
        const mirrored = JSON.stringify(`./${relative(ROOT, args.path)}`);
        return {
          contents: source
            .replace(SCRIPT_GUARD, String(entries.includes(args.path)))
            .replaceAll("import.meta.url", `new URL(${mirrored}, import.meta.url).href`),
          loader: "ts",
        };
      });
    },
  };
}

function installedVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

export async function bundleApp(app: BundledApp): Promise<{ bytes: number; assets: string[] }> {
  // The web server serves the built app: it is built first (type-checked, then vite), once per bundle.
  if (app === "web") execFileSync("npm", ["run", "build", "--silent"], { cwd: join(ROOT, "apps", "web"), stdio: "inherit" });
  const out = bundleDir(app);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const assets = new Set<string>();
  const entries = ["main", ...(COMMANDS[app] ?? [])].map((name) => join(sourceDir(app), `${name}.ts`));
  const result = await build({
    entryPoints: entries,
    outdir: out,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    external: [...NATIVE, ...NEVER_INSTALLED],
    // CommonJS dependencies inside an ES module still call require() for Node's built-ins.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    plugins: [mirrorPlugin(assets, entries)],
    metafile: true,
    logLevel: "warning",
  });
  for (const asset of assets) cpSync(join(ROOT, asset), join(out, asset), { recursive: true });
  // External packages never appear among the bundle's inputs; the output's imports say which it loads,
  // except an import by a computed name (Hive's router runtime loads its query planner so): the name is in the code.
  const code = readFileSync(join(out, "main.mjs"), "utf8");
  const dependencies = Object.fromEntries(
    NATIVE.filter((name) => usesExternal(result.metafile, name) || code.includes(`"${name}"`)).map((name) => [
      name,
      installedVersion(name),
    ]),
  );
  writeFileSync(
    join(out, "package.json"),
    `${JSON.stringify({ name: `@tthc/${app}-bundle`, private: true, type: "module", main: "main.mjs", dependencies }, null, 2)}\n`,
  );
  const bytes = result.metafile.outputs[relative(process.cwd(), join(out, "main.mjs"))]?.bytes ?? 0;
  return { bytes, assets: [...assets].sort() };
}

/** Whether the bundle imports an external package (esbuild records it on the output's imports). */
function usesExternal(metafile: { outputs: Record<string, { imports: { path: string; external?: boolean }[] }> }, name: string): boolean {
  return Object.values(metafile.outputs).some((o) =>
    o.imports.some((i) => i.external && (i.path === name || i.path.startsWith(`${name}/`))),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const asked = process.argv.slice(2);
  for (const app of asked)
    if (!(BUNDLED_APPS as readonly string[]).includes(app)) throw new Error(`unknown app ${app}; one of ${BUNDLED_APPS.join(", ")}`);
  for (const app of (asked.length > 0 ? asked : BUNDLED_APPS) as BundledApp[]) {
    const started = performance.now();
    const { bytes, assets } = await bundleApp(app);
    console.log(
      `[bundle] ${app}: ${(bytes / 1024 / 1024).toFixed(1)} MB, ${assets.length} run-time paths, ${Math.round(performance.now() - started)} ms`,
    );
  }
}
