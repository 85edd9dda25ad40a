// entente extract [--date YYYY-MM-DD] [--lang ar|en|fr] FILE|-
// Prints one ExtractionResult as JSON. Exit 2 on usage errors, 1 on input errors.
import { readFileSync } from "node:fs";
import { DEFAULT_MAX_ARTICLE_BYTES, decodeArticleBytes } from "../extract/decodeArticleBytes.ts";
import { ExtractInputError } from "../extract/ExtractInputError.ts";
import { extractArticle } from "../extract/extractArticle.ts";
import { parseArticleFile } from "../extract/parseArticleFile.ts";
import type { Language } from "../extract/types.ts";

const USAGE = "usage: npm run extract -- [--date YYYY-MM-DD] [--lang ar|en|fr] FILE (or - for stdin)";

function fail(code: number, message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(code);
}

function main(argv: string[]): void {
  let date: string | undefined, lang: Language | undefined, file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--date") {
      date = argv[++i];
      if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) fail(2, `--date needs YYYY-MM-DD, got "${date ?? ""}"; ${USAGE}`);
    } else if (arg === "--lang") {
      const l = argv[++i];
      if (l !== "ar" && l !== "en" && l !== "fr") fail(2, `--lang must be ar, en or fr, got "${l ?? ""}"; ${USAGE}`);
      lang = l;
    } else if (arg === "-h" || arg === "--help") {
      process.stdout.write(USAGE + "\n");
      return;
    } else if (arg.startsWith("--")) fail(2, `unknown option ${arg}; ${USAGE}`);
    else if (file !== undefined) fail(2, `only one FILE is accepted; ${USAGE}`);
    else file = arg;
  }
  if (file === undefined) fail(2, `missing FILE; ${USAGE}`);
  const envMax = process.env.ENTENTE_MAX_ARTICLE_BYTES;
  const maxBytes = envMax && /^\d+$/.test(envMax) ? Number(envMax) : DEFAULT_MAX_ARTICLE_BYTES;
  let bytes: Uint8Array;
  try {
    bytes = file === "-" ? readFileSync(0) : readFileSync(file);
  } catch (e) {
    fail(1, `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    const parsed = parseArticleFile(decodeArticleBytes(bytes, maxBytes));
    const result = extractArticle(parsed.body, { date: date ?? parsed.meta.published ?? null, lang: lang ?? parsed.meta.language });
    process.stdout.write(JSON.stringify(result) + "\n");
  } catch (e) {
    if (e instanceof ExtractInputError) fail(1, `${file}: ${e.message}`);
    throw e;
  }
}

main(process.argv.slice(2));
