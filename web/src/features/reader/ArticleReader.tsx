import { useEffect, useMemo, useRef } from "react";
import { describeApiError } from "../../describeApiError.ts";
import { NODE_TYPE_STYLES } from "../../graph/nodeTypeStyles.ts";
import { useMessages } from "../../i18n/useMessages.ts";
import { formatPartialDate } from "../../text/formatPartialDate.ts";
import { textDirection } from "../../text/textDirection.ts";
import { markArticleText } from "./markArticleText.ts";
import { useArticle } from "./useArticle.ts";

export interface ArticleReaderProps {
  articleId: string;
  onClose: () => void;
  /** A marked entity was clicked: select it in the network. */
  onSelectEntity: (id: string) => void;
}

/** A reader view of one article: its text in its own direction, every extracted entity marked. */
export function ArticleReader({ articleId, onClose, onSelectEntity }: ArticleReaderProps) {
  const messages = useMessages();
  const article = useArticle(articleId);
  const closeRef = useRef<HTMLButtonElement>(null);
  const data = article.status === "success" ? article.data.article : null;
  const segments = useMemo(() => (data ? markArticleText(data.text, data.entities) : []), [data]);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        event.stopPropagation();
        onClose();
      }
    };
    document.addEventListener("keydown", onKeyDown, true);
    return () => {
      document.removeEventListener("keydown", onKeyDown, true);
      previous?.focus();
    };
  }, [onClose]);

  const direction = textDirection(data?.language);
  return (
    <div className="reader-backdrop" onClick={(event) => event.target === event.currentTarget && onClose()}>
      <article className="reader" role="dialog" aria-modal="true" aria-label={data?.title ?? messages.reader.title} data-testid="article-reader">
        <header className="reader__header">
          <div>
            <p className="details__type">{messages.reader.title}</p>
            <h2 className="reader__title" dir={direction}>
              <bdi>{data?.title ?? articleId}</bdi>
            </h2>
            {data && (
              <p className="reader__meta muted">
                {data.publishedAt && (
                  <span>
                    {messages.reader.published}: <time dateTime={data.publishedAt}>{formatPartialDate(data.publishedAt)}</time>
                  </span>
                )}
                {data.source && (
                  <span>
                    {messages.reader.source}: {data.url ? <a href={data.url} target="_blank" rel="noreferrer">{data.source}</a> : data.source}
                  </span>
                )}
                <span>{messages.reader.entities(data.entities.length)}</span>
              </p>
            )}
          </div>
          <button ref={closeRef} type="button" className="details__close reader__close" onClick={onClose} aria-label={messages.reader.close}>
            ×
          </button>
        </header>
        {article.status === "loading" && <p className="status" role="status">{messages.reader.loading}</p>}
        {article.status === "error" && <p className="status status--error" role="alert">{messages.reader.failed(describeApiError(article.error, messages))}</p>}
        {article.status === "success" && !data && <p className="status">{messages.reader.notFound}</p>}
        {data && (
          <div className="reader__text" lang={data.language} dir={direction} data-testid="article-text">
            {segments.map((segment, index) =>
              segment.entity ? (
                <button
                  key={index}
                  type="button"
                  className="reader__mark"
                  style={{ borderBottomColor: NODE_TYPE_STYLES[segment.entity.type].color }}
                  title={`${messages.entityTypes[segment.entity.type]}: ${segment.entity.label}`}
                  onClick={() => onSelectEntity(segment.entity!.id)}
                  data-entity-id={segment.entity.id}
                >
                  {segment.text}
                </button>
              ) : (
                <span key={index}>{segment.text}</span>
              ),
            )}
          </div>
        )}
      </article>
    </div>
  );
}
