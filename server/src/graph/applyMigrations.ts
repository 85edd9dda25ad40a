import type { GraphContext } from "./GraphContext.ts";
import { toGraphError } from "./GraphError.ts";

/** Labels of the model and the property that keys each. */
export const NODE_KEYS = [
  ["Entity", "id"],
  ["State", "iso2"],
  ["State", "id"],
  ["Person", "id"],
  ["Organization", "id"],
  ["Agreement", "id"],
  ["Meeting", "id"],
  ["Article", "id"],
] as const;

/**
 * Schema statements, all idempotent (IF NOT EXISTS). Every node also carries the `Entity` label
 * so any node is found by its global id through one index.
 * The full-text index reads `searchText` (names and aliases as written) and `searchKey`
 * (the same, Arabic-normalized with clitics stripped, see resolve/searchKey.ts); the
 * standard-no-stop-words analyzer tokenizes both Arabic and Latin script without dropping words.
 */
export const MIGRATIONS: string[] = [
  ...NODE_KEYS.map(([label, key]) =>
    `CREATE CONSTRAINT ${label.toLowerCase()}_${key}_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.${key} IS UNIQUE`),
  "CREATE INDEX agreement_signed_on IF NOT EXISTS FOR (n:Agreement) ON (n.signedOn)",
  "CREATE INDEX meeting_start_date IF NOT EXISTS FOR (n:Meeting) ON (n.startDate)",
  "CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)",
  // Entity resolution looks up the nodes an incoming person, agreement or meeting may be (loadArticle.ts).
  "CREATE INDEX person_name_skeleton IF NOT EXISTS FOR (n:Person) ON (n.nameSkeleton)",
  "CREATE INDEX agreement_party_key IF NOT EXISTS FOR (n:Agreement) ON (n.partyKey)",
  "CREATE INDEX meeting_party_key IF NOT EXISTS FOR (n:Meeting) ON (n.partyKey)",
  // The loader's lock: MERGE on a uniquely constrained key blocks a second writer until the first commits.
  "CREATE CONSTRAINT loaderlock_id_unique IF NOT EXISTS FOR (n:LoaderLock) REQUIRE n.id IS UNIQUE",
  // The one node that counts graph-changing writes (graphRevision.ts).
  "CREATE CONSTRAINT graphrevision_id_unique IF NOT EXISTS FOR (n:GraphRevision) REQUIRE n.id IS UNIQUE",
  `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:State|Person|Organization|Agreement|Meeting)
     ON EACH [n.searchText, n.searchKey]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words', \`fulltext.eventually_consistent\`: false } }`,
];

/** Applies every migration and waits until indexes are online. */
export async function applyMigrations(ctx: GraphContext): Promise<void> {
  const session = ctx.driver.session({ database: ctx.database });
  try {
    for (const statement of MIGRATIONS) await session.run(statement);
    await session.run("CALL db.awaitIndexes(60)");
  } catch (e) {
    throw toGraphError(e);
  } finally {
    await session.close();
  }
}
