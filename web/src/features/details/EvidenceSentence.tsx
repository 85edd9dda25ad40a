import { useContext } from "react";
import type { Evidence } from "../../api/generated/graphqlTypes.ts";
import { useMessages } from "../../i18n/useMessages.ts";
import { formatPartialDate } from "../../text/formatPartialDate.ts";
import { textDirection } from "../../text/textDirection.ts";
import { ArticleReaderContext } from "../reader/ArticleReaderContext.ts";
import { splitEvidenceSentence } from "./splitEvidenceSentence.ts";

/** One sentence of an article, the mention highlighted, written in its own direction, with a link to the article. */
export function EvidenceSentence({ evidence }: { evidence: Evidence }) {
  const { before, mention, after } = splitEvidenceSentence(evidence);
  const direction = textDirection(evidence.language);
  const openArticle = useContext(ArticleReaderContext);
  const messages = useMessages();
  const title = <bdi className="evidence__title">{evidence.articleTitle ?? evidence.articleId}</bdi>;
  return (
    <figure className="evidence">
      <blockquote
        className="evidence__sentence"
        data-testid="evidence-sentence"
        lang={evidence.language ?? undefined}
        dir={direction}
      >
        {before}
        {mention && <mark>{mention}</mark>}
        {after}
      </blockquote>
      <figcaption className="evidence__source" dir={direction} title={evidence.articleId}>
        {openArticle ? (
          <button
            type="button"
            className="evidence__open"
            data-testid="source-article-link"
            title={messages.details.readArticle}
            onClick={() => openArticle(evidence.articleId)}
          >
            {title}
          </button>
        ) : (
          title
        )}
        {evidence.publishedAt && (
          <time className="evidence__date" dateTime={evidence.publishedAt}>
            <bdi>{formatPartialDate(evidence.publishedAt)}</bdi>
          </time>
        )}
      </figcaption>
    </figure>
  );
}
