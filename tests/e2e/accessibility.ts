/**
 * axe-core on every page a browser test visits (issue 10 item 6). openPage() attaches it once, so no
 * suite has to remember it: each time the main frame navigates (a load or a client-side route change)
 * the page is audited once it has settled, and when the test ends its last state is audited too; the
 * test then fails on any serious or critical violation, listing them by page, rule and element.
 *
 * axe is injected by playwright (evaluated through the DevTools protocol, so no page script or CSP is
 * involved) only into pages being audited.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const FAILING_IMPACTS = new Set(["serious", "critical"]);
/** An audit waits at most this long for the page to settle, then audits what is there. */
const SETTLE_TIMEOUT_MS = 8_000;

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

export class AccessibilityAudit {
  private queue: Promise<void> = Promise.resolve();
  private readonly audited = new Set<string>();
  private inFlight = 0;
  /** "page: [impact] rule — help" blocks, one per violation found. */
  readonly violations: string[] = [];

  constructor(private readonly page: Page) {
    page.on("request", () => this.inFlight++);
    page.on("requestfinished", () => this.inFlight--);
    page.on("requestfailed", () => this.inFlight--);
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) this.schedule(frame.url());
    });
  }

  /** Audits the page as it is now, after the audits already queued (the end of a test). */
  async finish(): Promise<void> {
    this.schedule(this.page.url(), true);
    await this.queue;
  }

  /** Resolves when the audits queued so far are done. */
  idle(): Promise<void> {
    return this.queue;
  }

  report(): string {
    return `axe found ${this.violations.length} serious or critical accessibility violation(s):\n\n${this.violations.join("\n\n")}`;
  }

  private schedule(url: string, always = false): void {
    if (!url.startsWith("http")) return;
    // Each address once per test (a reload or a second visit shows the same page), plus the final state.
    if (!always && this.audited.has(url)) return;
    this.audited.add(url);
    this.queue = this.queue.then(() => this.audit().catch(() => undefined));
  }

  private async audit(): Promise<void> {
    const page = this.page;
    if (page.isClosed()) return;
    await this.settle();
    if (page.isClosed()) return;
    const url = new URL(page.url());
    await page.evaluate(`typeof window.axe === "undefined" ? (() => { ${AXE_SOURCE}\n})() : undefined`);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: object, opts: object): Promise<{ violations: unknown[] }> } }).axe;
      // While a dialog is open it is all the user can read or reach; the page behind its dimming mask
      // would only add contrast "failures" of text nobody is reading at that moment.
      const dialogs = Array.from(document.querySelectorAll(".ant-modal-wrap")).filter((el) => getComputedStyle(el).display !== "none");
      // A button in its loading state, or a table refreshing its page (PagedTable), is drawn faded while
      // its request runs: a moment, not the page's colours. On a busy machine the audit can outlast its
      // wait for requests and catch one.
      const context = { include: [dialogs.at(-1) ?? document.documentElement], exclude: [".ant-btn-loading", ".ant-spin-blur"] };
      return (await axe.run(context, { resultTypes: ["violations"] })).violations;
    });
    for (const v of violations as AxeViolation[]) {
      if (!v.impact || !FAILING_IMPACTS.has(v.impact)) continue;
      const nodes = v.nodes.slice(0, 5).map((n) => {
        const why = (n.failureSummary ?? "").split("\n").slice(1, 2).join(" ").trim();
        return `    ${n.target.map(String).join(" ")}${why ? ` — ${why}` : ""}`;
      });
      const more = v.nodes.length > 5 ? [`    … and ${v.nodes.length - 5} more`] : [];
      this.violations.push(
        [`${url.pathname}${url.search}: [${v.impact}] ${v.id} — ${v.help} (${v.helpUrl})`, ...nodes, ...more].join("\n"),
      );
    }
  }

  /** No request in flight, no DOM change and no finite animation for 400 ms (spinners run forever). */
  private async settle(): Promise<void> {
    // Elapsed time on the monotonic clock (a timeout, not a date): the hour of the run never matters.
    const deadline = performance.now() + SETTLE_TIMEOUT_MS;
    while (this.inFlight > 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await this.page.evaluate(
      (timeout) =>
        new Promise<void>((resolve) => {
          let quietSince = performance.now();
          const started = quietSince;
          const observer = new MutationObserver(() => (quietSince = performance.now()));
          observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
          const tick = () => {
            const animating = document
              .getAnimations()
              .some((a) => a.playState === "running" && a.effect?.getTiming().iterations !== Infinity);
            // A dialog's mask fading out lies over the page at part opacity: axe would blend it into
            // every background behind it. Wait until masks and dialogs are fully shown or gone.
            const fading = Array.from(
              document.querySelectorAll(".ant-modal-mask, .ant-modal, .ant-drawer-mask, .ant-drawer-content-wrapper"),
            ).some((el) => {
              const style = getComputedStyle(el);
              return style.display !== "none" && Number(style.opacity) > 0 && Number(style.opacity) < 1;
            });
            if (document.readyState !== "complete" || animating || fading) quietSince = performance.now();
            const now = performance.now();
            if (now - quietSince >= 400 || now - started >= timeout) {
              observer.disconnect();
              resolve();
            } else setTimeout(tick, 50);
          };
          tick();
        }),
      Math.max(deadline - performance.now(), 1_000),
    );
  }
}
