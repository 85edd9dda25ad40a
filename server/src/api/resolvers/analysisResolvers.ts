import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import type { ApiContext } from "../ApiContext.ts";
import { badInput } from "../badInput.ts";
import { selects } from "../selects.ts";
import { pageArgs, toConnection } from "../pagination.ts";
import { findPaths, MAX_PATH_LENGTH } from "../../graph/findPaths.ts";
import { findTimeline } from "../../graph/findTimeline.ts";
import { findAllianceNetwork } from "../../graph/findAllianceNetwork.ts";
import { findStats } from "../../graph/findStats.ts";
import { findAuditTrail } from "../../graph/recordAudit.ts";
import type { RelationType } from "../../extract/types.ts";
import type { QueryAllianceNetworkArgs, QueryAuditTrailArgs, QueryPathsArgs, QueryTimelineArgs } from "../generated/graphqlTypes.ts";
import { checkDate } from "./queryResolvers.ts";
import { datePrecision } from "../../graph/dateRange.ts";

const partial = (value: string) => ({ value, precision: datePrecision(value) });

export const analysisResolvers = {
  Query: {
    paths: async (_: unknown, a: QueryPathsArgs, ctx: ApiContext) => {
      const maxLength = a.maxLength ?? 4;
      if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) throw badInput(`maxLength must be an integer from 1 to ${MAX_PATH_LENGTH}`);
      const first = a.first ?? 5;
      if (!Number.isInteger(first) || first < 1 || first > 20) throw badInput("first must be an integer from 1 to 20");
      // Paths never run through articles, so MENTIONED_IN is not a type they can follow.
      const types = (a.types ?? []).filter((t): t is RelationType => t !== "MENTIONED_IN");
      return findPaths(ctx.graph, a.from, a.to, maxLength, types, first);
    },
    timeline: async (_: unknown, a: QueryTimelineArgs, ctx: ApiContext) => {
      const { offset, limit } = pageArgs(a.first, a.after, 50);
      const page = await findTimeline(ctx.graph, a.id, checkDate("from", a.from), checkDate("to", a.to), offset, limit);
      const items = page.items.map((i) => ({ ...i, date: partial(i.date) }));
      return toConnection(items, offset, offset + items.length < page.totalCount, page.totalCount);
    },
    allianceNetwork: async (_: unknown, a: QueryAllianceNetworkArgs, ctx: ApiContext, info: GraphQLResolveInfo) => {
      const limit = a.limit ?? 500;
      if (!Number.isInteger(limit) || limit < 1 || limit > 2000) throw badInput("limit must be an integer from 1 to 2000");
      const states = (a.states ?? []).map((s) => s.toUpperCase());
      if (states.some((s) => !/^[A-Z]{2}$/.test(s))) throw badInput("states must be ISO 3166-1 alpha-2 codes");
      const r = await findAllianceNetwork(ctx.graph, {
        from: checkDate("from", a.from), to: checkDate("to", a.to), domains: a.domains ?? [], states,
        minWeight: a.minWeight ?? 0, limit,
        // Each tie's items cost most of the query; skip them when the caller did not ask.
        withItems: selects(info, ["ties", "items"]),
      });
      const states2 = new Map(r.ties.flatMap((t) => [[t.a.id, t.a], [t.b.id, t.b]] as const));
      return { ...r, states: [...states2.values()] };
    },
    stats: (_: unknown, __: unknown, ctx: ApiContext) => findStats(ctx.graph),
    auditTrail: async (_: unknown, a: QueryAuditTrailArgs, ctx: ApiContext) => {
      if (!ctx.actor) throw new GraphQLError("the audit trail needs an API key (Authorization: Bearer <key>)", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
      const { offset, limit } = pageArgs(a.first, a.after);
      const page = await findAuditTrail(ctx.graph, offset, limit);
      return toConnection(page.items, offset, offset + page.items.length < page.totalCount, page.totalCount);
    },
  },
};
