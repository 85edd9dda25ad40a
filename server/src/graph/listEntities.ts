import { readTx, type GraphContext } from "./GraphContext.ts";
import { RELATION_TYPES } from "./articleToGraphRows.ts";
import { cypherRangeEnd, cypherRangeStart, rangeEnd, rangeStart } from "./dateRange.ts";
import type { EntityLabel } from "./toGraphNode.ts";

export interface ListFilter {
  kinds?: string[] | null;
  domains?: string[] | null;
  /** ISO codes: the item involves any of these states. */
  states?: string[] | null;
  /** Meetings held in this state. */
  host?: string | null;
  /** Partial dates, inclusive. */
  from?: string | null;
  to?: string | null;
  language?: string | null;
}

export type ListSort = "DATE" | "NAME" | "DEGREE";

export interface ListPage {
  items: { props: Record<string, unknown>; label: EntityLabel }[];
  totalCount: number;
}

type Listable = "Person" | "Organization" | "Agreement" | "Meeting" | "Article" | "State";

/** Where each label keeps its date, its display name and its state codes. */
const SHAPE: Record<Listable, { date: string | null; name: string; states: string | null }> = {
  State: { date: null, name: "n.name", states: "[n.iso2]" },
  Person: { date: null, name: "n.name", states: "[n.stateIso2]" },
  Organization: { date: null, name: "n.name", states: "[n.stateIso2]" },
  Agreement: { date: "n.signedOn", name: "coalesce(n.name, n.label)", states: "n.partyIso2" },
  Meeting: { date: "n.startDate", name: "coalesce(n.name, n.label)", states: "n.participantIso2" },
  Article: { date: "n.publishedAt", name: "n.title", states: null },
};

/**
 * A filtered, sorted page of one label's nodes and the total count, in one statement.
 * Labels and sort expressions come from the fixed table above; every value is a parameter.
 */
export async function listEntities(ctx: GraphContext, label: Listable, filter: ListFilter, sort: ListSort, descending: boolean, offset: number, limit: number): Promise<ListPage> {
  const shape = SHAPE[label];
  const where: string[] = [];
  const params: Record<string, unknown> = { offset, limit, types: RELATION_TYPES };
  if (filter.kinds?.length) { where.push("n.kind IN $kinds"); params.kinds = filter.kinds; }
  if (filter.domains?.length) { where.push("any(d IN coalesce(n.domains, []) WHERE d IN $domains)"); params.domains = filter.domains; }
  if (filter.states?.length && shape.states) { where.push(`any(s IN coalesce(${shape.states}, []) WHERE s IN $states)`); params.states = filter.states; }
  if (filter.host) { where.push("n.hostIso2 = $host"); params.host = filter.host; }
  if (filter.language) { where.push("n.language = $language"); params.language = filter.language; }
  if (shape.date && (filter.from || filter.to)) {
    where.push(`${shape.date} IS NOT NULL`);
    if (filter.from) { where.push(`${cypherRangeEnd(shape.date)} >= $from`); params.from = rangeStart(filter.from); }
    if (filter.to) { where.push(`${cypherRangeStart(shape.date)} <= $to`); params.to = rangeEnd(filter.to); }
  }
  const order = sort === "DATE" && shape.date ? shape.date : sort === "DEGREE" ? "degree" : shape.name;
  const dir = descending ? "DESC" : "ASC";
  return readTx(ctx, async (tx) => {
    const res = await tx.run(
      `MATCH (n:${label}) ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
       WITH n, COUNT { (n)-[r]-() WHERE type(r) IN $types } AS degree
       ORDER BY ${order} ${dir}, n.id
       WITH collect(n {.*, text: null, searchText: null, searchKey: null, searchKeys: null}) AS rows
       RETURN size(rows) AS total, rows[toInteger($offset)..toInteger($offset + $limit)] AS page`,
      params,
    );
    const rec = res.records[0];
    return {
      totalCount: rec ? (rec.get("total") as number) : 0,
      items: rec ? (rec.get("page") as Record<string, unknown>[]).map((props) => ({ props, label })) : [],
    };
  });
}
