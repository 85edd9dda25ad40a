import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GraphContext } from "../graph/GraphContext.ts";
import { loadArticle, type LoadResult } from "../graph/loadArticle.ts";
import { prepareArticleBytes } from "./prepareArticle.ts";

/** Loads every article in seeds/ (*.md, *.txt); unchanged ones cost one lookup each. */
export async function loadSeeds(ctx: GraphContext, seedsDir: string, log: (line: string) => void = () => {}): Promise<LoadResult[]> {
  const files = readdirSync(seedsDir).filter((f) => /\.(md|txt)$/.test(f) && !/^readme/i.test(f)).sort();
  const results: LoadResult[] = [];
  for (const f of files) {
    try {
      const { article, extraction } = prepareArticleBytes(readFileSync(join(seedsDir, f)));
      results.push(await loadArticle(ctx, article, extraction));
    } catch (e) {
      log(`seed ${f} skipped: ${(e as Error).message}`);
    }
  }
  return results;
}
