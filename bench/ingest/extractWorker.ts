// Worker thread: extracts articles the main thread sends, so extraction runs beside loading.
import { parentPort } from "node:worker_threads";
import { prepareArticleText, type PreparedArticle } from "../../server/src/ingest/prepareArticle.ts";
import type { SyntheticArticle } from "../../server/src/synthetic/generateArticles.ts";

parentPort!.on("message", (msg: { seq: number; articles: SyntheticArticle[] }) => {
  const prepared: PreparedArticle[] = msg.articles.map((a) =>
    prepareArticleText(a.text, { id: a.id, title: a.title, published: a.published, language: a.language, source: a.source }));
  parentPort!.postMessage({ seq: msg.seq, prepared });
});
