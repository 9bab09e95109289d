/** Filling the text columns computed at intake (trigrams) and at publication (published search text) for older rows. */
import { publishedSearchTextOf } from "../db/complaints.ts";
import { trigramsOf } from "../domain/index.ts";
import type { ComplaintsDeps } from "./deps.ts";

/**
 * Rows stored before those columns existed, in id order, a batch at a time; a no-op once done. Each
 * row is one small update of columns no command reads back, so it needs no lock.
 */
export async function backfillTextColumns(deps: ComplaintsDeps, signal?: AbortSignal): Promise<number> {
  let after = "00000000-0000-0000-0000-000000000000";
  let done = 0;
  for (;;) {
    if (signal?.aborted) return done;
    const rows = await deps.db.complaint.findMany({
      where: {
        id: { gt: after },
        OR: [{ trigrams: { isEmpty: true } }, { publishedAt: { not: null }, publishedSearchText: null }],
      },
      orderBy: { id: "asc" },
      take: 200,
      select: {
        id: true,
        trackingCode: true,
        regulation: true,
        content: true,
        trigrams: true,
        field: true,
        classifiedRegulation: true,
        publishedQuestion: true,
        publishedText: true,
        publishedAt: true,
        publishedSearchText: true,
      },
    });
    for (const row of rows) {
      await deps.db.complaint.update({
        where: { id: row.id },
        data: {
          trigrams: row.trigrams.length ? row.trigrams : trigramsOf(`${row.regulation} ${row.content}`),
          publishedSearchText: row.publishedSearchText ?? publishedSearchTextOf(row),
        },
      });
    }
    done += rows.length;
    if (rows.length < 200) return done;
    after = rows.at(-1)!.id;
  }
}
