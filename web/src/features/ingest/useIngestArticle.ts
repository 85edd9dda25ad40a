import { useCallback, useState } from "react";
import {
  INGEST_ARTICLE_MUTATION,
  type IngestArticleData,
  type IngestArticleVariables,
  type IngestResultFields,
} from "../../api/ingestArticleMutation.ts";
import { requestGraphQL } from "../../api/requestGraphQL.ts";

export type IngestState =
  | { status: "idle" }
  | { status: "submitting" }
  | { status: "success"; result: IngestResultFields }
  | { status: "error"; error: Error };

/** Sends an article to ingestArticle with the API key and keeps what came back. */
export function useIngestArticle() {
  const [state, setState] = useState<IngestState>({ status: "idle" });
  const ingest = useCallback(async (input: IngestArticleVariables["input"], apiKey: string) => {
    setState({ status: "submitting" });
    try {
      const data = await requestGraphQL<IngestArticleData, IngestArticleVariables>(INGEST_ARTICLE_MUTATION, { input }, undefined, apiKey);
      setState({ status: "success", result: data.ingestArticle });
      return data.ingestArticle;
    } catch (error) {
      setState({ status: "error", error: error instanceof Error ? error : new Error(String(error)) });
      return null;
    }
  }, []);
  return { state, ingest };
}
