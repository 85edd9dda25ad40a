import { useId, useState, type KeyboardEvent } from "react";
import { NodeShapeIcon } from "../../graph/NodeShapeIcon.tsx";
import { NODE_TYPE_STYLES } from "../../graph/nodeTypeStyles.ts";
import type { SearchHit } from "../../api/searchQuery.ts";
import { useSearch } from "./useSearch.ts";

export interface SearchBoxProps {
  /** Called with the chosen node's id. */
  onChoose: (id: string) => void;
}

/** Name search (Arabic or English) with a suggestions list; choosing one selects the node. */
export function SearchBox({ onChoose }: SearchBoxProps) {
  const listId = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const search = useSearch(text);
  const hits: SearchHit[] = search.status === "success" ? search.data.search.nodes : [];
  const showList = open && text.trim() !== "";

  const choose = (hit: SearchHit) => {
    onChoose(hit.node.id);
    setText("");
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
    <div className="search">
      <input
        className="search__input"
        type="search"
        dir="auto"
        placeholder="Search names in Arabic or English…"
        aria-label="Search the network"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeHit ? `${listId}-${activeIndex}` : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActiveIndex(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul className="search__list" id={listId} role="listbox" aria-label="Suggestions">
          {search.status === "loading" && <li className="search__status">Searching…</li>}
          {search.status === "error" && <li className="search__status status--error">{search.error.message}</li>}
          {search.status === "success" && hits.length === 0 && <li className="search__status">No matches</li>}
          {hits.map((hit, index) => {
            const style = NODE_TYPE_STYLES[hit.node.type];
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
                <bdi className="search__label">{hit.node.label}</bdi>
                {hit.node.labelEn && hit.node.labelEn !== hit.node.label && (
                  <span className="search__alt">{hit.node.labelEn}</span>
                )}
                {hit.matched && hit.matched !== hit.node.label && hit.matched !== hit.node.labelEn && (
                  <bdi className="search__matched">“{hit.matched}”</bdi>
                )}
                <span className="search__type">{style.name}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
