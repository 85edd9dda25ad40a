/**
 * Prefix of the loader's statements. Their plans are index seeks whatever the statistics say (unique
 * constraints, explicit index hints), while a graph growing by thousands of nodes a second keeps
 * invalidating cached plans: replanning them, seconds each on a busy machine, cost more than loading.
 */
export const LOADER_CYPHER = "CYPHER replan=skip";
