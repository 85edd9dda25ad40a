import { useMemo } from "react";
import { useGraphQLQuery, type QueryState } from "../../api/useGraphQLQuery.ts";
import {
  NODE_DETAILS_QUERY,
  type NodeDetailsData,
  type NodeDetailsVariables,
} from "../../api/nodeDetailsQuery.ts";

/** Facts, relationships and evidence of one entity; idle while nothing is selected. */
export function useEntityDetails(id: string | null): QueryState<NodeDetailsData> {
  const variables = useMemo<NodeDetailsVariables | null>(() => (id === null ? null : { id }), [id]);
  return useGraphQLQuery<NodeDetailsData, NodeDetailsVariables>(NODE_DETAILS_QUERY, variables);
}
