import type { ApiContext } from "../ApiContext.ts";
import { badInput } from "../badInput.ts";
import { pageArgs, toConnection } from "../pagination.ts";
import { listEntities, type ListFilter, type ListSort } from "../../graph/listEntities.ts";
import { checkDate } from "./queryResolvers.ts";

interface ListArgs {
  filter?: ListFilter | null;
  orderBy?: ListSort;
  order?: "ASC" | "DESC";
  first?: number;
  after?: string | null;
}

const ISO = /^[A-Z]{2}$/;

function cleanFilter(f: ListFilter | null | undefined): ListFilter {
  const filter: ListFilter = { ...(f ?? {}) };
  filter.from = checkDate("filter.from", filter.from);
  filter.to = checkDate("filter.to", filter.to);
  if (filter.states) {
    filter.states = filter.states.map((s) => s.toUpperCase());
    if (filter.states.some((s) => !ISO.test(s))) throw badInput("filter.states must be ISO 3166-1 alpha-2 codes");
  }
  if (filter.host) {
    filter.host = filter.host.toUpperCase();
    if (!ISO.test(filter.host)) throw badInput("filter.host must be an ISO 3166-1 alpha-2 code");
  }
  for (const key of ["kinds", "domains", "states"] as const) {
    if ((filter[key]?.length ?? 0) > 50) throw badInput(`filter.${key} takes at most 50 values`);
  }
  return filter;
}

function lister(label: "State" | "Person" | "Organization" | "Agreement" | "Meeting" | "Article") {
  return async (_: unknown, a: ListArgs, ctx: ApiContext) => {
    const { offset, limit } = pageArgs(a.first, a.after, label === "State" ? 100 : 20);
    const page = await listEntities(ctx.graph, label, cleanFilter(a.filter), a.orderBy ?? "DATE", (a.order ?? "DESC") === "DESC", offset, limit);
    return toConnection(page.items, offset, offset + page.items.length < page.totalCount, page.totalCount);
  };
}

export const listResolvers = {
  Query: {
    states: lister("State"),
    people: lister("Person"),
    organizations: lister("Organization"),
    agreements: lister("Agreement"),
    meetings: lister("Meeting"),
    articles: lister("Article"),
  },
};
