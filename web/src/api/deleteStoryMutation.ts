/** Deletes a story (needs an API key). */
export const DELETE_STORY_MUTATION = /* GraphQL */ `
  mutation DeleteStory($id: ID!) {
    deleteStory(id: $id)
  }
`;

export interface DeleteStoryVariables extends Record<string, unknown> {
  id: string;
}

export interface DeleteStoryData {
  deleteStory: boolean;
}
