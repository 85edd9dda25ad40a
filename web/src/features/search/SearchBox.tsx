import { useId, useState, type KeyboardEvent } from "react";
import { labelIn } from "../../graph/toNetworkElements.ts";
import { useLanguage } from "../../i18n/useLanguage.ts";
import { NodeShapeIcon } from "../../graph/NodeShapeIcon.tsx";
import { NODE_TYPE_STYLES } from "../../graph/nodeTypeStyles.ts";
import type { SearchHit } from "../../api/searchQuery.ts";
import { useSearch } from "./useSearch.ts";

export interface SearchBoxProps {
  /** Called with the chosen hit. */
  onChoose: (hit: SearchHit) => void;
  /** Accessible name and placeholder; the header's search by default. */
  label?: string;
  placeholder?: string;
  /** Shown in the input while the user is not typing (a picker's current choice). */
  chosenLabel?: string;
  className?: string;
  testId?: string;
}

/** Name search (Arabic or English) with a suggestions list; choosing one selects the node. */
export function SearchBox({ onChoose, label, placeholder, chosenLabel, className, testId }: SearchBoxProps) {
  const listId = useId();
  const { language, messages } = useLanguage();
  const [text, setText] = useState("");
  const [typing, setTyping] = useState(false);
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const search = useSearch(text);
  const hits: SearchHit[] = search.status === "success" ? search.data.search.nodes : [];
  const showList = open && text.trim() !== "";

  const choose = (hit: SearchHit) => {
    onChoose(hit);
    setText("");
    setTyping(false);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (hits.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActiveIndex((index) => (index + step + hits.length) % hits.length);
    } else if (event.key === "Enter") {
      const hit = hits[activeIndex] ?? hits[0];
      if (hit) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  };

  const activeHit = showList ? hits[activeIndex] : undefined;
  return (
    <div className={className ? `search ${className}` : "search"}>
      <input
        className="search__input"
        type="search"
        dir="auto"
        data-testid={testId}
        placeholder={placeholder ?? messages.search.placeholder}
        aria-label={label ?? messages.search.label}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeHit ? `${listId}-${activeIndex}` : undefined}
        value={typing || !chosenLabel ? text : chosenLabel}
        onChange={(event) => {
          setTyping(true);
          setText(event.target.value);
          setActiveIndex(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setTyping(false);
          setText("");
        }}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul className="search__list" id={listId} role="listbox" aria-label={messages.search.suggestions}>
          {search.status === "loading" && <li className="search__status">{messages.search.searching}</li>}
          {search.status === "error" && <li className="search__status status--error">{search.error.message}</li>}
          {search.status === "success" && hits.length === 0 && <li className="search__status">{messages.search.noMatches}</li>}
          {hits.map((hit, index) => {
            const style = NODE_TYPE_STYLES[hit.node.type];
            const shownLabel = labelIn(hit.node, language);
            return (
              <li
                key={hit.node.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === activeIndex}
                className="search__option"
                // mousedown, not click: the input's blur would close the list before a click lands.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(hit);
                }}
                onMouseEnter={() => setActiveIndex(index)}
              >
                <NodeShapeIcon shape={style.shape} fill={style.color} stroke={style.borderColor} />
                <bdi className="search__label">{shownLabel}</bdi>
                {hit.node.label !== shownLabel && <bdi className="search__alt">{hit.node.label}</bdi>}
                {hit.matched && hit.matched !== hit.node.label && hit.matched !== shownLabel && (
                  <bdi className="search__matched">“{hit.matched}”</bdi>
                )}
                <span className="search__type">{messages.entityTypes[hit.node.type]}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
