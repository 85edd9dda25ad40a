import { useCallback, useState } from "react";
import { DELETE_STORY_MUTATION, type DeleteStoryData, type DeleteStoryVariables } from "../../api/deleteStoryMutation.ts";
import { requestGraphQL } from "../../api/requestGraphQL.ts";
import { SAVE_STORY_MUTATION, type SaveStoryData, type SaveStoryVariables } from "../../api/saveStoryMutation.ts";
import { STORIES_QUERY, type StoriesData, type StoriesVariables } from "../../api/storiesQuery.ts";
import type { StoryFields } from "../../api/storyFields.ts";
import { useGraphQLQuery, type QueryState } from "../../api/useGraphQLQuery.ts";

const STORIES_VARIABLES: StoriesVariables = { first: 100 };

export interface Stories {
  list: QueryState<StoriesData>;
  save: (input: SaveStoryVariables["input"], apiKey: string) => Promise<StoryFields>;
  remove: (id: string, apiKey: string) => Promise<void>;
}

/** The stories on the server, and saving and deleting them (with the API key). */
export function useStories(active: boolean): Stories {
  const [refreshKey, setRefreshKey] = useState(0);
  const list = useGraphQLQuery<StoriesData, StoriesVariables>(STORIES_QUERY, active ? STORIES_VARIABLES : null, refreshKey);

  const save = useCallback(async (input: SaveStoryVariables["input"], apiKey: string) => {
    const data = await requestGraphQL<SaveStoryData, SaveStoryVariables>(SAVE_STORY_MUTATION, { input }, undefined, apiKey);
    setRefreshKey((key) => key + 1);
    return data.saveStory;
  }, []);

  const remove = useCallback(async (id: string, apiKey: string) => {
    await requestGraphQL<DeleteStoryData, DeleteStoryVariables>(DELETE_STORY_MUTATION, { id }, undefined, apiKey);
    setRefreshKey((key) => key + 1);
  }, []);

  return { list, save, remove };
}
