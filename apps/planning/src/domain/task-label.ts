/** A task as the plan numbers it: section and task ("VIII.3"), or the task alone before any section heading. */
export function taskLabel(section: { number: string | null }, taskNumber: string): string {
  return section.number ? `${section.number}.${taskNumber}` : taskNumber;
}
