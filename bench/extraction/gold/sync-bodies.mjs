#!/usr/bin/env node
// Regenerates bench/extraction/gold/<name>.txt from seeds/<name>.md for every gold file <name>.json
// (bench-only articles, 023 on, have no seed and are left alone).
// The .txt is the article body exactly as the extractor sees it: the seed with its front matter
// block (`---\n...\n---\n`) removed, byte for byte (same rule as server/src/extract/parseArticleFile.ts).
// Idempotent: a .txt is only rewritten when its content differs.
import { readFileSync, writeFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const goldDir = dirname(fileURLToPath(import.meta.url));
const seedsDir = resolve(goldDir, "../../../seeds");

/** Removes a leading BOM and the front matter block; returns the body. */
export function seedBody(source) {
  const src = source.replace(/^\uFEFF/, "");
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(src);
  return m ? src.slice(m[0].length) : src;
}

export function syncBodies({ quiet = false } = {}) {
  let written = 0, unchanged = 0, missing = 0;
  for (const f of readdirSync(goldDir).filter((n) => n.endsWith(".json")).sort()) {
    const base = f.slice(0, -".json".length);
    const seed = join(seedsDir, `${base}.md`);
    // From 023 on, held-out articles are bench-only: the .txt is their source, there is no seed.
    if (!existsSync(seed) && Number(base.slice(0, 3)) >= 23 && existsSync(join(goldDir, `${base}.txt`))) { unchanged++; continue; }
    if (!existsSync(seed)) {
      console.error(`missing seed for ${f}: ${seed}`);
      missing++;
      continue;
    }
    const body = seedBody(readFileSync(seed, "utf8"));
    const out = join(goldDir, `${base}.txt`);
    if (existsSync(out) && readFileSync(out, "utf8") === body) { unchanged++; continue; }
    writeFileSync(out, body, "utf8");
    written++;
    if (!quiet) console.log(`wrote ${base}.txt`);
  }
  if (!quiet) console.log(`${written} written, ${unchanged} unchanged, ${missing} missing`);
  return missing === 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(syncBodies() ? 0 : 1);
}
