import type { EntityType } from "../../api/generated/graphqlTypes.ts";

/** One end of a path search, as chosen from search or from the details panel. */
export interface PathEndpoint {
  id: string;
  type: EntityType;
  label: string;
}
