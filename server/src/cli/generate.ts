// npm run generate -- --count 10000 --seed 1 --out /tmp/articles.jsonl
// Writes deterministic synthetic articles as JSON lines ({id,title,published,language,source,text}),
// the shape `npm run ingest` reads. Without --out, writes to stdout.
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { generateArticles } from "../synthetic/generateArticles.ts";

const USAGE = "usage: npm run generate -- [--count N] [--seed N] [--out FILE.jsonl]";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { count: { type: "string", default: "1000" }, seed: { type: "string", default: "1" }, out: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) { console.log(USAGE); return 0; }
  const count = Number(values.count), seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || seed < 0) { console.error(USAGE); return 2; }
  const t0 = Date.now();
  const articles = generateArticles({ count, seed });
  const out: Writable = values.out ? createWriteStream(values.out) : process.stdout;
  for (const a of articles) {
    if (!out.write(JSON.stringify(a) + "\n")) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  if (values.out) {
    await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    console.error(`${articles.length} articles (seed ${seed}) written to ${values.out} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return 0;
}

main().then((code) => { process.exitCode = code; }, (e: Error) => {
  console.error(`error: ${e.message}`);
  process.exitCode = 1;
});
