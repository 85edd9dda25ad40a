import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import DataLoader from "dataloader";
import { GraphQLError } from "graphql";
import { createYoga, maskError, type GraphiQLOptions, type YogaServerInstance } from "graphql-yoga";
import type { GraphContext } from "../graph/GraphContext.ts";
import { findEntityPages, findEntityProps, type EntityProps, type EvidenceRow, type Page, type PageRequest, type RelationshipRow } from "../graph/findEntity.ts";
import type { ApiContext } from "./ApiContext.ts";
import { GraphError } from "../graph/GraphError.ts";
import { entityResolvers } from "./resolvers/entityResolvers.ts";
import { queryResolvers } from "./resolvers/queryResolvers.ts";
import { listResolvers } from "./resolvers/listResolvers.ts";
import { analysisResolvers } from "./resolvers/analysisResolvers.ts";
import { mutationResolvers } from "./resolvers/mutationResolvers.ts";
import { viewResolvers } from "./resolvers/viewResolvers.ts";
import { actorFor, parseApiKeys } from "./apiKeys.ts";
import { useErrorCodes } from "./useErrorCodes.ts";
import { useCostWithVariables } from "./costWithVariables.ts";
import { createOverviewLayouts, type OverviewLayouts } from "../layout/OverviewLayouts.ts";
import { DEFAULT_MAX_ARTICLE_BYTES } from "../extract/decodeArticleBytes.ts";

/** The IDE's page inlines GraphiQL (about 9 MB); its options never change, so it is built once. */
let graphiqlPage: { options: string; html: string } | null = null;
function renderGraphiQLOnce(options: GraphiQLOptions): string {
  const key = JSON.stringify(options);
  if (graphiqlPage?.options !== key) graphiqlPage = { options: key, html: renderGraphiQL(options) };
  return graphiqlPage.html;
}

export interface AppDeps {
  graph: GraphContext;
  typeDefs: string[];
  /** Operations GraphiQL opens with (schema/examples). */
  examples?: string;
  /** ENTENTE_API_KEYS entries: `name:secret` or bare secrets. */
  apiKeys: string[];
  /** When true, reads need a key too. */
  privateReads?: boolean;
  maxArticleBytes?: number;
  /** Browser origins allowed to call the API; empty or absent: same origin only. */
  corsOrigins?: string[];
  /** Server-side overview positions; one is made (its worker starts on first use) when absent. */
  overviewLayouts?: OverviewLayouts;
  /** Told after every write; main.ts lays the overview out again ahead of readers. */
  onGraphChanged?: () => void;
}

/** Query guards: generous for real analyst queries, fatal for abusive ones. */
export const ARMOR = {
  maxDepth: { n: 10 },
  maxAliases: { n: 15 },
  // A literal `first: n` multiplies the cost of its selection by n, so the explorer's details query
  // (100 relationships with evidence, 30 mentions) costs about 22,000. `first: $n` counts as its
  // value too (useCostWithVariables, at execution).
  costLimit: { maxCost: 30000 },
  maxTokens: { n: 2000 },
  maxDirectives: { n: 20 },
  blockFieldSuggestion: { enabled: true },
};

/**
 * CORS headers for the configured origins only. Yoga's own list handling answers any other origin
 * with `Access-Control-Allow-Origin: null`, which a sandboxed iframe or a file:// page (whose
 * Origin is "null") would match; answering nothing refuses them all.
 */
function corsFor(origins: string[]): (request: Request) => { origin: string[]; credentials: false; methods: string[] } | false {
  return (request) => {
    const origin = request.headers.get("origin");
    return origin && origins.includes(origin) ? { origin: [origin], credentials: false, methods: ["GET", "POST"] } : false;
  };
}

/** Builds the GraphQL app (no port bound): tests call `app.fetch`, main.ts mounts it on HTTP. */
export function createApp(deps: AppDeps): YogaServerInstance<Record<string, unknown>, ApiContext> {
  const keys = parseApiKeys(deps.apiKeys);
  const overviewLayouts = deps.overviewLayouts ?? createOverviewLayouts();
  const graphChanged = deps.onGraphChanged ?? (() => {});
  const schema = makeExecutableSchema<ApiContext>({
    typeDefs: deps.typeDefs,
    resolvers: [queryResolvers, listResolvers, analysisResolvers, mutationResolvers, viewResolvers, entityResolvers],
  });
  return createYoga<Record<string, unknown>, ApiContext>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: { title: "Entente GraphQL", defaultQuery: deps.examples ?? "{ stats { labels { label count } } }" },
    // GraphiQL from the installed package, not from a CDN: the IDE works with no network.
    renderGraphiQL: renderGraphiQLOnce,
    batching: { limit: 5 },
    cors: deps.corsOrigins?.length ? corsFor(deps.corsOrigins) : false,
    plugins: [
      EnvelopArmorPlugin(ARMOR),
      useCostWithVariables(ARMOR.costLimit),
      useErrorCodes(),
      ...(deps.privateReads ? [{
        onExecute({ args }: { args: { contextValue: ApiContext } }) {
          if (!args.contextValue.actor) {
            throw new GraphQLError("this server's reads need an API key: send Authorization: Bearer <key>", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
          }
        },
      }] : []),
    ],
    maskedErrors: {
      // Graph failures keep their code (and 503 when the database is down); errors thrown on
      // purpose as GraphQLError pass; anything else is masked as an internal error.
      maskError(error, message, isDev) {
        const original = (error as { originalError?: unknown }).originalError;
        if (original instanceof GraphError) {
          const e = error as GraphQLError;
          // Expected refusals (NOT_FOUND, BAD_USER_INPUT, CONFLICT) go back as the same object: yoga
          // logs every error maskError replaces, and a client must not fill the log with its input.
          if (!original.code.startsWith("DATABASE_") && e.extensions && Object.isExtensible(e.extensions)) {
            (e.extensions as Record<string, unknown>).code = original.code;
            return e;
          }
          return new GraphQLError(original.message, {
            nodes: e.nodes, path: e.path,
            extensions: { code: original.code, ...(original.code === "DATABASE_UNAVAILABLE" ? { http: { status: 503 } } : {}) },
          });
        }
        return maskError(error, message, isDev);
      },
    },
    context: ({ request }): ApiContext => ({
      graph: deps.graph,
      actor: actorFor(request.headers.get("authorization"), keys),
      maxArticleBytes: deps.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES,
      overviewLayouts,
      graphChanged,
      entityLoader: new DataLoader<string, EntityProps | null>(async (ids) => {
        const found = await findEntityProps(deps.graph, ids);
        return ids.map((id) => found.get(id) ?? null);
      }),
      pageLoader: new DataLoader<PageRequest, Page<RelationshipRow> | Page<EvidenceRow>, string>(
        (requests) => findEntityPages(deps.graph, requests),
        { cacheKeyFn: (r) => `${r.list}:${r.id}:${JSON.stringify(r.page)}` },
      ),
    }),
  });
}
