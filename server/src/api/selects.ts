import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/**
 * Whether the current field's selection asks for the nested field path (e.g. ["ties", "items"]),
 * through inline fragments and fragment spreads. Resolvers use it to skip costly work nobody asked for.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const within = (set: SelectionSetNode | undefined, rest: readonly string[]): boolean => {
    if (!set) return false;
    if (rest.length === 0) return true;
    return set.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === rest[0] && (rest.length === 1 || within(selection.selectionSet, rest.slice(1)));
      if (selection.kind === Kind.INLINE_FRAGMENT) return within(selection.selectionSet, rest);
      return within(info.fragments[selection.name.value]?.selectionSet, rest);
    });
  };
  return info.fieldNodes.some((node) => within(node.selectionSet, path));
}
