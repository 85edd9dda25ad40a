import { GraphQLError } from "graphql";
import { GraphError } from "../graph/GraphError.ts";

/** Expected graph failures become GraphQLErrors with a code; anything else is left for yoga to mask. */
export function toGraphQLError(e: unknown): unknown {
  if (e instanceof GraphError) {
    return new GraphQLError(e.message, { extensions: { code: e.code, ...(e.code === "DATABASE_UNAVAILABLE" ? { http: { status: 503 } } : {}) } });
  }
  return e;
}

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}
