import type { ApiContext } from "../ApiContext.ts";
import type { EntityProps, EvidenceRow, Page, RelationshipRow } from "../../graph/findEntity.ts";
import { RELATION_TYPES } from "../../graph/articleToGraphRows.ts";
import { badInput } from "../badInput.ts";
import { pageArgs, toConnection } from "../pagination.ts";
import type { EntityLabel } from "../../graph/toGraphNode.ts";
import { datePrecision } from "../../graph/dateRange.ts";

/** Parent value of State, Person, Organization, Agreement and Meeting: the node's label and properties. */
export interface EntityParent {
  label: EntityLabel;
  props: Record<string, unknown>;
}

export const fromProps = (d: EntityProps | null): EntityParent | null => (d ? { label: d.label, props: d.props } : null);

const p = (x: EntityParent, k: string) => x.props[k] ?? null;
const list = (x: EntityParent, k: string) => (Array.isArray(x.props[k]) ? (x.props[k] as unknown[]) : []);
const names = (x: EntityParent, pairs: [string, string][]) =>
  pairs.flatMap(([lang, key]) => (typeof x.props[key] === "string" && x.props[key] ? [{ lang, value: x.props[key] as string }] : []));
const partial = (value: unknown, precision: unknown) =>
  typeof value === "string" && value ? { value, precision: precision ?? datePrecision(value) } : null;

/** Relationship types an entity lists by default: all but MENTIONED_IN (that is `mentions`). */
const LISTED_TYPES = new Set<string>(RELATION_TYPES);

const common = {
  id: (x: EntityParent) => x.props.id,
  aliases: (x: EntityParent) => list(x, "aliases"),
  relationships: async (x: EntityParent, a: { types?: string[] | null; first?: number; after?: string | null }, ctx: ApiContext) => {
    const { offset, limit } = pageArgs(a.first, a.after, 50);
    const types = a.types?.length ? [...new Set(a.types)].sort() : [...LISTED_TYPES];
    if (types.some((t) => !LISTED_TYPES.has(t))) throw badInput("relationships lists PARTY_TO, SIGNED, PARTICIPATED_IN, HELD_IN, PRODUCED, HOLDS_OFFICE, PART_OF and BUILDS_ON; mentions lists MENTIONED_IN");
    const page = (await ctx.pageLoader.load({ id: String(x.props.id), list: "relationships", page: { types, offset, limit } })) as Page<RelationshipRow>;
    return toConnection(page.items, offset, offset + page.items.length < page.totalCount, page.totalCount);
  },
  mentions: async (x: EntityParent, a: { first?: number; after?: string | null }, ctx: ApiContext) => {
    const { offset, limit } = pageArgs(a.first, a.after, 20);
    const page = (await ctx.pageLoader.load({ id: String(x.props.id), list: "mentions", page: { offset, limit } })) as Page<EvidenceRow>;
    return toConnection(page.items, offset, offset + page.items.length < page.totalCount, page.totalCount);
  },
};

const isArabic = (s: unknown) => typeof s === "string" && /[\u0600-\u06FF]/.test(s);

export const entityResolvers = {
  Node: {
    // Entities come as {label, props}; saved views and stories as their own rows.
    __resolveType: (x: EntityParent | { id: string }) =>
      "props" in x ? x.label : x.id.startsWith("story:") ? "Story" : "SavedView",
  },
  State: {
    ...common,
    iso2: (x: EntityParent) => p(x, "iso2"),
    name: (x: EntityParent) => p(x, "nameEn") ?? p(x, "name") ?? p(x, "iso2"),
    names: (x: EntityParent) => names(x, [["en", "nameEn"], ["ar", "nameAr"], ["fr", "nameFr"]]),
  },
  Person: {
    ...common,
    name: (x: EntityParent) => p(x, "name"),
    names: (x: EntityParent) => {
      const all = [String(p(x, "name") ?? ""), ...(list(x, "aliases") as string[])];
      const ar = all.find(isArabic);
      const latin = (p(x, "nameLatin") as string | null) ?? all.find((s) => s && !isArabic(s));
      return [...(latin ? [{ lang: "en", value: latin }] : []), ...(ar ? [{ lang: "ar", value: ar }] : [])];
    },
    title: (x: EntityParent) => p(x, "title"),
    stateIso2: (x: EntityParent) => p(x, "stateIso2"),
  },
  Organization: {
    ...common,
    name: (x: EntityParent) => p(x, "name"),
    names: (x: EntityParent) => [{ lang: isArabic(p(x, "name")) ? "ar" : "en", value: String(p(x, "name")) }],
    kind: (x: EntityParent) => p(x, "kind") ?? "other",
    stateIso2: (x: EntityParent) => p(x, "stateIso2"),
  },
  Agreement: {
    ...common,
    label: (x: EntityParent) => p(x, "label") ?? p(x, "name") ?? p(x, "kind"),
    kind: (x: EntityParent) => p(x, "kind"),
    name: (x: EntityParent) => p(x, "name"),
    domains: (x: EntityParent) => list(x, "domains"),
    signedOn: (x: EntityParent) => partial(p(x, "signedOn"), p(x, "signedOnPrecision")),
    status: (x: EntityParent) => p(x, "status"),
    partyIso2: (x: EntityParent) => list(x, "partyIso2"),
  },
  Meeting: {
    ...common,
    label: (x: EntityParent) => p(x, "label") ?? p(x, "name") ?? p(x, "kind"),
    kind: (x: EntityParent) => p(x, "kind"),
    name: (x: EntityParent) => p(x, "name"),
    startDate: (x: EntityParent) => partial(p(x, "startDate"), p(x, "startPrecision")),
    endDate: (x: EntityParent) => partial(p(x, "endDate"), p(x, "endPrecision")),
    hostIso2: (x: EntityParent) => p(x, "hostIso2"),
    participantIso2: (x: EntityParent) => list(x, "participantIso2"),
  },
};
