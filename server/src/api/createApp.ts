import { makeExecutableSchema } from "@graphql-tools/schema";
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import DataLoader from "dataloader";
import { GraphQLError } from "graphql";
import { createYoga, maskError, type YogaServerInstance } from "graphql-yoga";
import { timingSafeEqual } from "node:crypto";
import type { GraphContext } from "../graph/GraphContext.ts";
import { findEntity, type EntityDetails } from "../graph/findEntity.ts";
import type { ApiContext } from "./ApiContext.ts";
import { GraphError } from "../graph/GraphError.ts";
import { entityResolvers } from "./resolvers/entityResolvers.ts";
import { queryResolvers } from "./resolvers/queryResolvers.ts";

export interface AppDeps {
  graph: GraphContext;
  typeDefs: string[];
  apiKeys: string[];
}

/** Query guards: generous for real analyst queries, fatal for abusive ones. */
export const ARMOR = {
  maxDepth: { n: 10 },
  maxAliases: { n: 15 },
  costLimit: { maxCost: 5000 },
  maxTokens: { n: 2000 },
  maxDirectives: { n: 20 },
  blockFieldSuggestion: { enabled: true },
};

function keyMatches(header: string | null, keys: string[]): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(header ?? "");
  if (!m) return false;
  const given = Buffer.from(m[1]!.trim());
  return keys.some((k) => {
    const want = Buffer.from(k);
    return want.length === given.length && timingSafeEqual(want, given);
  });
}

/** Builds the GraphQL app (no port bound): tests call `app.fetch`, main.ts mounts it on HTTP. */
export function createApp(deps: AppDeps): YogaServerInstance<Record<string, unknown>, ApiContext> {
  const schema = makeExecutableSchema<ApiContext>({
    typeDefs: deps.typeDefs,
    resolvers: [queryResolvers, entityResolvers],
  });
  return createYoga<Record<string, unknown>, ApiContext>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: { title: "Entente GraphQL", defaultQuery: DEFAULT_QUERY },
    batching: { limit: 5 },
    plugins: [EnvelopArmorPlugin(ARMOR)],
    maskedErrors: {
      // Graph failures keep their code (and 503 when the database is down); errors thrown on
      // purpose as GraphQLError pass; anything else is masked as an internal error.
      maskError(error, message, isDev) {
        const original = (error as { originalError?: unknown }).originalError;
        if (original instanceof GraphError) {
          const e = error as GraphQLError;
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
      canWrite: keyMatches(request.headers.get("authorization"), deps.apiKeys),
      entityLoader: new DataLoader<string, EntityDetails | null>((ids) => Promise.all(ids.map((id) => findEntity(deps.graph, id)))),
    }),
  });
}

const DEFAULT_QUERY = `# Entente: states, officials, organizations, agreements and meetings from news articles.
# Try: search, then open a node and its relationships with their evidence sentences.
query Overview {
  states { iso2 name names { lang value } }
  search(text: "Gantz") { node { id type label } score }
  state(iso2: "MA") {
    name
    relationships { type direction other { id type label } evidence { sentence articleTitle } }
  }
}
`;
