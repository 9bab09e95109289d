/**
 * The Dockerfiles cannot be built on these machines (no Docker engine), so they are checked statically:
 * committed output current, and the rules an image must keep — built in stages, the run stage holding
 * only the production bundle (no tsx, no dev dependencies, no sources), an unprivileged user, a health
 * check, the port and image name the Kubernetes Deployments use. That the bundles run with plain node is
 * shown by every stack test: the test stack runs them (infra/stack/up.ts).
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { bundleDir } from "../bundle/bundle.ts";
import { renderDockerfiles } from "../deploy/dockerfiles.ts";
import { APPS, CONTAINER_PORT } from "../deploy/manifests.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

interface Instruction {
  keyword: string;
  args: string;
}

/** Dockerfile instructions, with `\` continuations joined and comments dropped. */
function instructions(text: string): Instruction[] {
  return text
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => {
      const [keyword = "", ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(" ") };
    });
}

/** The instructions of each stage, from its FROM on. */
function stages(all: Instruction[]): Instruction[][] {
  const out: Instruction[][] = [];
  for (const i of all) {
    if (i.keyword === "FROM") out.push([]);
    out.at(-1)?.push(i);
  }
  return out;
}

describe("Dockerfiles", () => {
  const rendered = renderDockerfiles();

  it("are what infra/deploy/dockerfiles.ts writes, one per app", () => {
    expect([...rendered.keys()].sort()).toEqual(APPS.map((a) => join("apps", a, "Dockerfile")).sort());
    for (const [path, text] of rendered)
      expect(readFileSync(join(ROOT, path), "utf8"), `${path} is stale: run npx tsx infra/deploy/dockerfiles.ts`).toBe(text);
  });

  for (const app of APPS) {
    it(`${app}: the run stage holds the bundle only, runs it with node as a non-root user and checks its health`, () => {
      const all = stages(instructions(readFileSync(join(ROOT, "apps", app, "Dockerfile"), "utf8")));
      expect(all.length, "multi-stage").toBeGreaterThanOrEqual(2);
      const build = all[0]!;
      const run = all.at(-1)!;
      expect(build.some((i) => i.keyword === "RUN" && i.args.includes(`infra/bundle/bundle.ts ${app}`))).toBe(true);

      // Nothing but the bundle comes into the run stage, and nothing from the build context.
      const copies = run.filter((i) => i.keyword === "COPY" || i.keyword === "ADD");
      expect(copies.length).toBeGreaterThan(0);
      for (const copy of copies) {
        expect(copy.keyword).toBe("COPY");
        expect(copy.args).toMatch(/--from=build\b/);
        expect(copy.args).toContain(`/${relative(ROOT, bundleDir(app))}/`);
      }
      for (const i of run.filter((r) => r.keyword === "RUN")) {
        if (/\bnpm (install|ci)\b/.test(i.args)) expect(i.args, "no dev dependencies").toContain("--omit=dev");
        expect(i.args).not.toMatch(/\btsx\b/);
      }

      const users = run.filter((i) => i.keyword === "USER");
      expect(users.length).toBe(1);
      expect(users[0]!.args).not.toMatch(/^(root|0)(:|$)/);
      // The user is set after the last RUN, so the process cannot write to its own code.
      expect(run.indexOf(users[0]!)).toBeGreaterThan(run.findLastIndex((i) => i.keyword === "RUN"));

      const health = run.find((i) => i.keyword === "HEALTHCHECK");
      expect(health?.args).toContain("/healthz");
      const cmd = JSON.parse(run.find((i) => i.keyword === "CMD")!.args) as string[];
      expect(cmd[0]).toBe("node");
      expect(cmd.at(-1)).toBe("main.mjs");
      expect(run.find((i) => i.keyword === "EXPOSE")?.args).toBe(String(CONTAINER_PORT));
      expect(run.find((i) => i.keyword === "ENV")?.args).toContain(`PORT=${CONTAINER_PORT}`);
    });
  }

  it("build the images the Kubernetes Deployments run", () => {
    for (const app of APPS) {
      const docs = parseAllDocuments(readFileSync(join(ROOT, "deploy", "k8s", `${app}.yaml`), "utf8")).map(
        (d) => d.toJSON() as { kind: string; spec?: { template?: { spec?: { containers?: { image: string }[] } } } },
      );
      const images = docs.filter((d) => d.kind === "Deployment").flatMap((d) => d.spec?.template?.spec?.containers ?? []);
      expect(images.map((c) => c.image.split(":")[0])).toEqual([`ghcr.io/tthc-platform/${app}`]);
    }
  });

  it("leave out of the build context what the build makes itself", () => {
    const ignored = readFileSync(join(ROOT, ".dockerignore"), "utf8").split("\n");
    for (const entry of ["**/node_modules", "**/dist", ".data", ".git"]) expect(ignored).toContain(entry);
  });
});
