/**
 * A section's heading as the plan document writes it ("VIII. Kiểm tra …"). Sections entered without a
 * number (or without a title) show what they have, never "null." or a lone dot.
 */
export function sectionLabel(section: { number?: string | null; title: string }): string {
  return [section.number, section.title].filter((part) => part && part.trim() !== "").join(". ") || "—";
}
