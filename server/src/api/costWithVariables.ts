// graphql-armor pins this package at one version and runs the same rule at validation; it is not
// re-exported by @escape.tech/graphql-armor itself.
import { costLimitRule, type CostLimitOptions } from "@escape.tech/graphql-armor-cost-limit";
import {
  getOperationAST, getVariableValues, Kind, TypeInfo, validate, visit, visitWithTypeInfo,
  type ArgumentNode, type DocumentNode, type FieldNode, type GraphQLError, type GraphQLSchema,
} from "graphql";
import type { Plugin } from "graphql-yoga";

/** The arguments armor's cost rule multiplies a selection by (the first of them in the field's arguments). */
const COUNTED = new Set(["first", "last"]);

/**
 * graphql-armor's cost rule multiplies a selection's cost by its `first:` (or `last:`) argument
 * only when that is a literal written in the operation: it runs at validation, before variables
 * have values and without looking at the schema, so `states(first: $n)` and `states` (whose `first`
 * defaults to 100 in the schema) cost as little as `states(first: 1)`. At execution this runs the
 * same rule again on a copy of the operation where each `first`/`last` is the literal the resolver
 * will page by: a variable's value (its declared default included), or, when the argument is left
 * out, null, or given a variable that was not provided or is null, the argument's default in the
 * schema. It answers armor's own refusal, so `first: $n` with n = 100, and `states` left at its
 * default, cost what `first: 100` costs. Operations where nothing changes are left to the
 * validation rule.
 */
export function useCostWithVariables(options: CostLimitOptions): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = costErrorWithVariables(args.schema, args.document, args.operationName, args.variableValues, options);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}

/** An integer argument value as a literal, or undefined for anything else (null, a non-integer). */
function intLiteral(value: unknown): ArgumentNode["value"] | undefined {
  return typeof value === "number" && Number.isInteger(value) ? { kind: Kind.INT, value: String(value) } : undefined;
}

/**
 * Armor's cost refusal for the operation with its variables' values and the schema's argument
 * defaults written in, or undefined when it is within the limit.
 */
export function costErrorWithVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  options: CostLimitOptions,
): GraphQLError | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const { coerced } = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  // Variables that do not coerce: execution refuses them with its own error before any resolver runs.
  if (!coerced) return undefined;
  let substituted = false;
  const typeInfo = new TypeInfo(schema);
  const literal = visit({
    kind: Kind.DOCUMENT,
    definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
  }, visitWithTypeInfo(typeInfo, {
    Field(node: FieldNode): FieldNode | undefined {
      const counted = typeInfo.getFieldDef()?.args.filter((a) => COUNTED.has(a.name)) ?? [];
      if (!counted.length) return undefined;
      let changed = false;
      // Given arguments: a variable becomes its value, or the schema default when it was not provided
      // (as execution does); other literals stay as they are. A null (literal or variable) counts as
      // the default too: the resolvers page with `first ?? <the schema's default>`.
      const args = (node.arguments ?? []).map((arg): ArgumentNode => {
        const def = counted.find((a) => a.name === arg.name.value);
        if (!def || (arg.value.kind !== Kind.VARIABLE && arg.value.kind !== Kind.NULL)) return arg;
        const given = arg.value.kind === Kind.VARIABLE && Object.hasOwn(coerced, arg.value.name.value) ? coerced[arg.value.name.value] : null;
        const value = intLiteral(given ?? def.defaultValue);
        if (!value) return arg;
        changed = true;
        return { ...arg, value };
      });
      // Arguments left out: their schema default, appended, so that one given explicitly still comes
      // first and is the one armor reads (execution passes both).
      for (const def of counted) {
        if (args.some((a) => a.name.value === def.name)) continue;
        const value = intLiteral(def.defaultValue);
        if (!value) continue;
        changed = true;
        args.push({ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: def.name }, value });
      }
      if (!changed) return undefined;
      substituted = true;
      return { ...node, arguments: args };
    },
  }));
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
