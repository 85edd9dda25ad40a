/** Deletes a saved view (needs an API key). */
export const DELETE_VIEW_MUTATION = /* GraphQL */ `
  mutation DeleteView($id: ID!) {
    deleteView(id: $id)
  }
`;

export interface DeleteViewVariables extends Record<string, unknown> {
  id: string;
}

export interface DeleteViewData {
  deleteView: boolean;
}
