import type { Evidence } from "../../api/generated/graphqlTypes.ts";
import { formatPartialDate } from "../../text/formatPartialDate.ts";
import { textDirection } from "../../text/textDirection.ts";
import { splitEvidenceSentence } from "./splitEvidenceSentence.ts";

/** One sentence of an article, the mention highlighted, written in its own direction. */
export function EvidenceSentence({ evidence }: { evidence: Evidence }) {
  const { before, mention, after } = splitEvidenceSentence(evidence);
  const direction = textDirection(evidence.language);
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
        <bdi className="evidence__title">{evidence.articleTitle ?? evidence.articleId}</bdi>
        {evidence.publishedAt && (
          <time className="evidence__date" dateTime={evidence.publishedAt}>
            <bdi>{formatPartialDate(evidence.publishedAt)}</bdi>
          </time>
        )}
      </figcaption>
    </figure>
  );
}
