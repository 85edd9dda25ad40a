import { useMemo } from "react";
import { useGraphQLQuery, type QueryState } from "../../api/useGraphQLQuery.ts";
import {
  entityTypenameOfId,
  nodeDetailsQuery,
  type NodeDetailsData,
  type NodeDetailsVariables,
} from "../../api/nodeDetailsQuery.ts";

/** Facts, relationships and evidence of one entity; idle while nothing is selected. */
export function useEntityDetails(id: string | null): QueryState<NodeDetailsData> {
  const variables = useMemo<NodeDetailsVariables | null>(() => (id === null ? null : { id }), [id]);
  const query = useMemo(() => nodeDetailsQuery(id === null ? null : entityTypenameOfId(id)), [id]);
  return useGraphQLQuery<NodeDetailsData, NodeDetailsVariables>(query, variables);
}
