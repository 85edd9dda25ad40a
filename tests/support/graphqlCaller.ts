import type { createApp } from "../../server/src/api/createApp.ts";

export interface GraphQLAnswer {
  status: number;
  // Answers are checked field by field in tests; their shape is the query's, not a type here.
  body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** A function that POSTs one operation to the app through `yoga.fetch` (no port bound). */
export function graphqlCaller(app: ReturnType<typeof createApp>) {
  return async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLAnswer> => {
    const res = await app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as GraphQLAnswer["body"] };
  };
}
