import type { ApiContext } from "../ApiContext.ts";
import { badInput } from "../badInput.ts";
import { DEFAULT_OVERVIEW_LIMIT, findNeighborhood, findOverview, type GraphResult } from "../../graph/findGraph.ts";
import { searchEntities } from "../../graph/searchEntities.ts";
import { findArticle } from "../../graph/findArticles.ts";
import { PARTIAL_DATE } from "../../graph/dateRange.ts";
import { pageArgs, toConnection } from "../pagination.ts";
import type { QueryNeighborhoodArgs, QuerySearchArgs } from "../generated/graphqlTypes.ts";
import { findStory, findView } from "../../graph/savedViews.ts";
import type { EntityLabel } from "../../graph/toGraphNode.ts";
import { fromProps, type EntityParent } from "./entityResolvers.ts";

const TYPE_TO_LABEL: Record<string, EntityLabel> = {
  STATE: "State", PERSON: "Person", ORGANIZATION: "Organization", AGREEMENT: "Agreement", MEETING: "Meeting", ARTICLE: "Article",
};

/** A Graph as resolvers pass it on; only the overview is laid out on the server (Graph.positions). */
type GraphParent = GraphResult & { laidOutOnServer?: boolean };

/** Caps that keep every answer bounded whatever the caller asks for. */
export const LIMITS = { graphNodes: 2000, depth: 3, ids: 50, textLength: 200 };

/** A partial date argument (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) or a BAD_USER_INPUT error. */
export function checkDate(name: string, v: string | null | undefined): string | null {
  if (v == null || v === "") return null;
  if (!PARTIAL_DATE.test(v)) throw badInput(`${name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD`);
  return v;
}

function clampInt(name: string, v: number | null | undefined, min: number, max: number, dflt: number): number {
  const n = v ?? dflt;
  if (!Number.isInteger(n) || n < min || n > max) throw badInput(`${name} must be an integer from ${min} to ${max}`);
  return n;
}

async function entity(ctx: ApiContext, id: string, label: EntityLabel): Promise<EntityParent | null> {
  if (typeof id !== "string" || id.length > 300) throw badInput("id must be a string of at most 300 characters");
  const found = await ctx.entityLoader.load(id);
  return found?.label === label ? fromProps(found) : null;
}

const articleParent = (props: Record<string, unknown>) => ({ label: "Article" as const, props });

export { TYPE_TO_LABEL };

export const queryResolvers = {
  Query: {
    node: async (_: unknown, a: { id: string }, ctx: ApiContext) => {
      if (a.id.startsWith("view:")) return findView(ctx.graph, a.id);
      if (a.id.startsWith("story:")) return findStory(ctx.graph, a.id);
      if (typeof a.id !== "string" || a.id.length > 300) throw badInput("id must be a string of at most 300 characters");
      const d = await ctx.entityLoader.load(a.id);
      if (!d) return null;
      if (d.label === "Article") {
        const art = await findArticle(ctx.graph, a.id);
        return art ? { label: "Article", props: art.props, entities: art.entities } : null;
      }
      return fromProps(d);
    },
    state: async (_: unknown, a: { iso2: string }, ctx: ApiContext) => {
      if (!/^[A-Za-z]{2}$/.test(a.iso2)) throw badInput("iso2 must be a two-letter ISO 3166-1 code");
      return entity(ctx, `state:${a.iso2.toUpperCase()}`, "State");
    },
    person: (_: unknown, a: { id: string }, ctx: ApiContext) => entity(ctx, a.id, "Person"),
    organization: (_: unknown, a: { id: string }, ctx: ApiContext) => entity(ctx, a.id, "Organization"),
    agreement: (_: unknown, a: { id: string }, ctx: ApiContext) => entity(ctx, a.id, "Agreement"),
    meeting: (_: unknown, a: { id: string }, ctx: ApiContext) => entity(ctx, a.id, "Meeting"),
    article: async (_: unknown, a: { id: string }, ctx: ApiContext) => {
      const art = await findArticle(ctx.graph, a.id);
      return art ? { ...articleParent(art.props), entities: art.entities } : null;
    },
    search: async (_: unknown, a: QuerySearchArgs, ctx: ApiContext) => {
      if (a.text.length > LIMITS.textLength) throw badInput(`text must be at most ${LIMITS.textLength} characters`);
      const labels = (a.types ?? []).map((t) => TYPE_TO_LABEL[t]!);
      const { offset, limit } = pageArgs(a.first, a.after);
      if (offset > 1000) throw badInput("search pages stop at 1000 results; refine the text or types");
      const hits = await searchEntities(ctx.graph, a.text, labels, offset + limit + 1);
      return toConnection(hits.slice(offset, offset + limit), offset, hits.length > offset + limit);
    },
    neighborhood: async (_: unknown, a: QueryNeighborhoodArgs, ctx: ApiContext) => {
      const ids = [...(a.id ? [a.id] : []), ...(a.ids ?? [])];
      if (ids.length === 0) throw badInput("give id or ids");
      if (ids.length > LIMITS.ids) throw badInput(`at most ${LIMITS.ids} ids`);
      return findNeighborhood(ctx.graph, ids, clampInt("depth", a.depth, 1, LIMITS.depth, 1), clampInt("limit", a.limit, 1, LIMITS.graphNodes, 500), {
        labels: (a.types ?? []).map((t) => TYPE_TO_LABEL[t]!),
        from: checkDate("from", a.from),
        to: checkDate("to", a.to),
      });
    },
    overview: async (_: unknown, a: { limit?: number }, ctx: ApiContext): Promise<GraphParent> => ({
      ...(await findOverview(ctx.graph, clampInt("limit", a.limit, 1, LIMITS.graphNodes, DEFAULT_OVERVIEW_LIMIT))),
      laidOutOnServer: true,
    }),
  },
  Graph: {
    // Laid out only when asked for: a client that draws its own way pays nothing.
    positions: (graph: GraphParent, _: unknown, ctx: ApiContext) => (graph.laidOutOnServer ? ctx.overviewLayouts.positionsFor(graph) : null),
  },
  Article: {
    id: (x: EntityParent) => x.props.id,
    title: (x: EntityParent) => x.props.title ?? null,
    url: (x: EntityParent) => x.props.url ?? null,
    source: (x: EntityParent) => x.props.source ?? null,
    language: (x: EntityParent) => x.props.language,
    publishedAt: (x: EntityParent) => x.props.publishedAt ?? null,
    ingestedAt: (x: EntityParent) => x.props.ingestedAt,
    text: (x: EntityParent) => x.props.text ?? "",
    entities: async (x: EntityParent & { entities?: { node: unknown; spans: number[] }[] }, a: { first?: number; after?: string | null }, ctx: ApiContext) => {
      const { offset, limit } = pageArgs(a.first, a.after, 100);
      const list = x.entities ?? (await findArticle(ctx.graph, String(x.props.id)))?.entities ?? [];
      // First appearance in the text, then id: a stable order for cursors.
      const sorted = list
        .map((e) => ({ node: e.node as { id: string }, spans: pairs(e.spans) }))
        .sort((p, q) => firstStart(p.spans) - firstStart(q.spans) || (p.node.id < q.node.id ? -1 : p.node.id > q.node.id ? 1 : 0));
      return toConnection(sorted.slice(offset, offset + limit), offset, offset + limit < sorted.length, sorted.length);
    },
  },
};

const firstStart = (spans: { start: number }[]) => spans.reduce((min, s) => Math.min(min, s.start), Number.MAX_SAFE_INTEGER);

function pairs(flat: number[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ start: flat[i]!, end: flat[i + 1]! });
  return out;
}
