/** The side tools of the explorer, one panel open at a time. */
export type ToolName = "filters" | "paths" | "views" | "stories" | "ingest";

export const TOOL_NAMES: readonly ToolName[] = ["filters", "paths", "views", "stories", "ingest"];
