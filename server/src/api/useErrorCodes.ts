import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * Gives every error of a response an `extensions.code`, so clients can branch on it: yoga sets
 * none on variable coercion errors ("Variable "$n" got invalid value ...") and graphql-armor none
 * on its cost, depth and alias rejections. Errors that already carry a code keep it.
 */
export function useErrorCodes(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (!result || typeof result !== "object" || Symbol.asyncIterator in result) return;
      const results = Array.isArray(result) ? result : [result];
      let changed = false;
      const fixed = results.map((r) => {
        if (!r?.errors?.some((e) => !e.extensions?.code)) return r;
        changed = true;
        return { ...r, errors: r.errors.map((e) => (e.extensions?.code ? e : withCode(e))) };
      });
      if (changed) setResult(Array.isArray(result) ? fixed : fixed[0]!);
    },
  };
}

function withCode(e: GraphQLError): GraphQLError {
  const code = e.path ? "INTERNAL_SERVER_ERROR" : /^Variable "\$/.test(e.message) ? "BAD_USER_INPUT" : "GRAPHQL_VALIDATION_FAILED";
  return new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, path: e.path, extensions: { ...e.extensions, code } });
}
