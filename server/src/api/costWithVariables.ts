// graphql-armor pins this package at one version and runs the same rule at validation; it is not
// re-exported by @escape.tech/graphql-armor itself.
import { costLimitRule, type CostLimitOptions } from "@escape.tech/graphql-armor-cost-limit";
import { getOperationAST, getVariableValues, Kind, validate, visit, type ArgumentNode, type DocumentNode, type GraphQLError, type GraphQLSchema } from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * graphql-armor's cost rule multiplies a selection's cost by its `first:` (or `last:`) argument
 * only when that is a literal: it runs at validation, before variables have values, so
 * `states(first: $n)` cost as little as `states(first: 1)` whatever $n was. At execution this runs
 * the same rule again, on the operation with the variables' values (defaults included) written in
 * as literals, and answers armor's own refusal, so `first: $n` with n = 100 costs what `first: 100`
 * costs. Operations that pass no variable to `first`/`last` are left to the validation rule.
 */
export function useCostWithVariables(options: CostLimitOptions): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = costErrorWithVariables(args.schema, args.document, args.operationName, args.variableValues, options);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}

/** Armor's cost refusal for the operation with its variables' values, or undefined when it is within the limit. */
export function costErrorWithVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  options: CostLimitOptions,
): GraphQLError | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation?.variableDefinitions?.length) return undefined;
  const { coerced } = getVariableValues(schema, operation.variableDefinitions, variables ?? {}, { maxErrors: 1 });
  // Variables that do not coerce: execution refuses them with its own error before any resolver runs.
  if (!coerced) return undefined;
  let substituted = false;
  const literal = visit({
    kind: Kind.DOCUMENT,
    definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
  }, {
    // The arguments armor's rule reads (the first of `first`/`last` on a field with a selection set).
    Argument(node: ArgumentNode): ArgumentNode | undefined {
      if ((node.name.value !== "first" && node.name.value !== "last") || node.value.kind !== Kind.VARIABLE) return undefined;
      const value = coerced[node.value.name.value];
      if (typeof value !== "number" || !Number.isInteger(value)) return undefined;
      substituted = true;
      return { ...node, value: { kind: Kind.INT, value: String(value) } };
    },
  });
  if (!substituted) return undefined;
  let rejected: GraphQLError | undefined;
  validate(schema, literal, [costLimitRule({
    ...options,
    // Collected rather than thrown, so that the refusal is armor's own error object, not a copy.
    propagateOnRejection: false,
    onReject: [...(options.onReject ?? []), (_context, error) => { rejected = error; }],
  })]);
  return options.propagateOnRejection === false ? undefined : rejected;
}
