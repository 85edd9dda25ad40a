import { chooseEventMatch } from "./chooseEventMatch.ts";
import type { ResolvableAgreement, ResolvableEntity, ResolvableMeeting } from "./ResolvableEntity.ts";
import { dateWindowDays, sameAgreementGroup, sameMeetingGroup } from "./sameEventGroup.ts";
import { sameOffice } from "./sameOffice.ts";
import { samePerson } from "./samePerson.ts";

/** The entities one article reports, in the article's order. */
export interface ArticleEntities {
  publishedAt: string | null;
  entities: ResolvableEntity[];
}

/**
 * Decides, for each article of a batch in order, which of its persons, agreements and meetings are
 * nodes already known (in the graph, or reported by an earlier article of the batch) under another
 * id. Returns one map per article from extracted id to the id to write under; ids not in a map stay.
 *
 * Deterministic: the result depends only on the known entities and the articles' order, so a batch
 * resolves as its articles would one by one. An existing id always wins (the extractor's own ids
 * meet first); two entities of one article never merge into one node (the extractor kept them apart).
 * A merged entity refines what later reports are compared with the way the loader refines the node:
 * a missing or less precise date is replaced by a more precise one it contains.
 */
export function resolveEntityIds(articles: readonly ArticleEntities[], known: readonly ResolvableEntity[]): Map<string, string>[] {
  const registry = new EntityRegistry(known);
  return articles.map((article) => {
    const remap = new Map<string, string>();
    const claimed = new Set<string>();
    for (const e of article.entities) {
      const target = registry.resolve(e, article.publishedAt, claimed);
      claimed.add(target);
      if (target !== e.id) remap.set(e.id, target);
    }
    return remap;
  });
}

/** Known entities by id and by blocking key (name skeleton or party key). */
class EntityRegistry {
  private readonly byId = new Map<string, ResolvableEntity>();
  private readonly byBlock = new Map<string, ResolvableEntity[]>();

  constructor(known: readonly ResolvableEntity[]) {
    // Sorted so the candidates' order (and so every tie-break) does not depend on the query's row order.
    for (const e of [...known].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))) this.add(e);
  }

  resolve(e: ResolvableEntity, publishedAt: string | null, claimed: ReadonlySet<string>): string {
    // No memory of earlier decisions per extracted id: the graph has none either, so a batch
    // resolves exactly as its articles would in separate batches.
    const target = this.byId.has(e.id) ? e.id : this.match(e, publishedAt, claimed)?.id ?? e.id;
    const canonical = this.byId.get(target);
    if (!canonical) this.add({ ...e, id: target });
    else {
      const hadBlock = blockKey(canonical);
      refine(canonical, e);
      const block = blockKey(canonical);
      if (block && block !== hadBlock) (this.byBlock.get(block) ?? this.byBlock.set(block, []).get(block)!).push(canonical);
    }
    return target;
  }

  private add(e: ResolvableEntity): void {
    this.byId.set(e.id, { ...e });
    const block = blockKey(e);
    if (block) (this.byBlock.get(block) ?? this.byBlock.set(block, []).get(block)!).push(this.byId.get(e.id)!);
  }

  private match(e: ResolvableEntity, publishedAt: string | null, claimed: ReadonlySet<string>): ResolvableEntity | null {
    const block = blockKey(e);
    const pool = (block ? this.byBlock.get(block) ?? [] : []).filter((c) => c.label === e.label && !claimed.has(c.id));
    switch (e.label) {
      case "Person": {
        const same = pool.filter((c) => c.label === "Person" && samePerson(e, c));
        if (same.length <= 1) return same[0] ?? null;
        // Several namesakes in one state: only one holding the same title is unambiguous.
        const titled = same.filter((c) => c.label === "Person" && e.title && c.title && sameOffice(c.title, e.title));
        return titled.length === 1 ? titled[0]! : null;
      }
      case "Agreement":
        return chooseEventMatch(e, pool.filter((c): c is ResolvableAgreement => c.label === "Agreement" && sameAgreementGroup(e, c)), dateWindowDays(e), publishedAt);
      case "Meeting":
        return chooseEventMatch(e, pool.filter((c): c is ResolvableMeeting => c.label === "Meeting" && sameMeetingGroup(e, c)), dateWindowDays(e), publishedAt);
    }
  }
}

function blockKey(e: ResolvableEntity): string | null {
  if (e.label === "Person") return e.nameSkeleton ? `Person|${e.nameSkeleton}` : null;
  return `${e.label}|${e.partyKey}`;
}

/** Mirrors the loader: missing facts are filled, a date is replaced by a more precise one inside it. */
function refine(canonical: ResolvableEntity, e: ResolvableEntity): void {
  if (canonical.label === "Person" && e.label === "Person") {
    canonical.state ??= e.state;
    canonical.title ??= e.title;
    canonical.nameSkeleton ??= e.nameSkeleton;
    return;
  }
  if ((canonical.label === "Agreement" || canonical.label === "Meeting") && (e.label === "Agreement" || e.label === "Meeting")) {
    canonical.date = refinedDate(canonical.date, e.date);
    canonical.name ??= e.name;
    if (canonical.label === "Meeting" && e.label === "Meeting") canonical.host ??= e.host;
  }
}

/** The more precise of two dates when one contains the other; else the first. */
export function refinedDate(current: string | null, reported: string | null): string | null {
  if (!current) return reported;
  if (reported && reported.length > current.length && reported.startsWith(current)) return reported;
  return current;
}
