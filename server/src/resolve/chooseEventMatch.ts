import { partialDateDistance, partialDateSpan } from "./partialDateDistance.ts";

interface Dated { id: string; date: string | null }

/**
 * Picks the existing event a newly reported one is, among the candidates of its group (same parties
 * and kind), or null for a new event. A dated report joins the dated candidate nearest in time
 * within the window (an exact date beats a containing month); a tie is ambiguous and joins nothing.
 * An undated report, or a dated one with only an undated candidate, joins only when the group has
 * exactly one member: otherwise there is no telling which one is meant. An undated report does not
 * join an event dated after the article was published (plus the window).
 */
export function chooseEventMatch<T extends Dated>(entity: Dated, group: readonly T[], windowDays: number, publishedAt: string | null): T | null {
  if (entity.date) {
    const scored = group
      .filter((c) => c.date)
      .map((c) => ({ c, d: partialDateDistance(entity.date!, c.date!), exact: c.date === entity.date ? 0 : 1, gap: Math.abs(c.date!.length - entity.date!.length) }))
      .filter((s) => s.d <= windowDays)
      .sort((x, y) => x.d - y.d || x.exact - y.exact || x.gap - y.gap);
    if (scored.length > 0) {
      const [best, next] = scored;
      const tied = next && next.d === best!.d && next.exact === best!.exact && next.gap === best!.gap;
      return tied ? null : best!.c;
    }
    return group.length === 1 && !group[0]!.date ? group[0]! : null;
  }
  if (group.length !== 1) return null;
  const only = group[0]!;
  if (only.date && publishedAt) {
    const published = partialDateSpan(publishedAt), when = partialDateSpan(only.date);
    if (published && when && when[0] > published[1] + windowDays) return null;
  }
  return only;
}
