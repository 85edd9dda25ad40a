import { makeExecutableSchema } from "@graphql-tools/schema";
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import DataLoader from "dataloader";
import { GraphQLError } from "graphql";
import { createYoga, maskError, type YogaServerInstance } from "graphql-yoga";
import { timingSafeEqual } from "node:crypto";
import type { GraphContext } from "../graph/GraphContext.ts";
import { findEntity, type EntityDetails } from "../graph/findEntity.ts";
import type { ApiContext } from "./ApiContext.ts";
import { toGraphQLError } from "./toGraphQLError.ts";
import { entityResolvers } from "./resolvers/entityResolvers.ts";
import { queryResolvers } from "./resolvers/queryResolvers.ts";

export interface AppDeps {
  graph: GraphContext;
  typeDefs: string[];
  apiKeys: string[];
  /** Mask unexpected errors (production); tests may turn it off to see causes. */
  maskErrors?: boolean;
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
      maskError(error, message, isDev) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        const translated = toGraphQLError(original);
        if (translated instanceof GraphQLError) return translated;
        return deps.maskErrors === false ? (error as Error) : maskError(error, message, isDev);
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
