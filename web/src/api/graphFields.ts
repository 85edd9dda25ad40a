/** The node fields the network draws, shared by every query that returns a Graph. */
export const GRAPH_NODE_FIELDS = /* GraphQL */ `
  id
  type
  label
  labelEn
  labelAr
  kind
  date
  domains
  degree
`;

/** The edge fields the network draws. */
export const GRAPH_EDGE_FIELDS = /* GraphQL */ `
  id
  source
  target
  type
  label
  sourceCount
`;
