import { useGraphQLQuery, type QueryState } from "../../api/useGraphQLQuery.ts";
import { OVERVIEW_QUERY, type OverviewData, type OverviewVariables } from "../../api/overviewQuery.ts";

const OVERVIEW_VARIABLES: OverviewVariables = { limit: 1000 };

/** The whole graph for the network view. */
export function useOverview(): QueryState<OverviewData> {
  return useGraphQLQuery<OverviewData, OverviewVariables>(OVERVIEW_QUERY, OVERVIEW_VARIABLES);
}
