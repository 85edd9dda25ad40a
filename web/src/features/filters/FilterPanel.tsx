import { useMemo } from "react";
import type { LoadedGraph } from "../../explorer/LoadedGraph.ts";
import { hasActiveFilters, NO_FILTERS, type NetworkFilters } from "../../explorer/NetworkFilters.ts";
import { NodeShapeIcon } from "../../graph/NodeShapeIcon.tsx";
import { NODE_TYPE_STYLES } from "../../graph/nodeTypeStyles.ts";
import { labelIn } from "../../graph/toNetworkElements.ts";
import { labelOfKind, labelOfValue } from "../../i18n/labelOfValue.ts";
import { useLanguage } from "../../i18n/useLanguage.ts";
import { filterOptions } from "./filterOptions.ts";

export interface FilterPanelProps {
  graph: LoadedGraph;
  filters: NetworkFilters;
  onChange: (filters: NetworkFilters) => void;
}

/** Checkboxes for entity types, agreement and meeting kinds, agreement domains and states. */
export function FilterPanel({ graph, filters, onChange }: FilterPanelProps) {
  const { language, messages } = useLanguage();
  const options = useMemo(() => filterOptions(graph.nodes.values()), [graph]);
  const toggle = (list: readonly string[], value: string) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);

  if (options.types.length === 0) return <p className="muted">{messages.filters.none}</p>;
  return (
    <div className="filters" data-testid="filter-panel">
      <fieldset className="filters__group">
        <legend>{messages.filters.types}</legend>
        {options.types.map((option) => {
          const style = NODE_TYPE_STYLES[option.value];
          return (
            <label key={option.value} className="check">
              <input
                type="checkbox"
                checked={!filters.hiddenTypes.includes(option.value)}
                onChange={() => onChange({ ...filters, hiddenTypes: toggle(filters.hiddenTypes, option.value) as NetworkFilters["hiddenTypes"] })}
                data-testid={`filter-type-${option.value}`}
              />
              <NodeShapeIcon shape={style.shape} fill={style.color} stroke={style.borderColor} />
              {messages.entityTypesPlural[option.value]} <span className="muted">({option.count})</span>
            </label>
          );
        })}
      </fieldset>
      {options.kinds.length > 0 && (
        <fieldset className="filters__group">
          <legend>{messages.filters.kinds}</legend>
          <div className="filters__chips">
            {options.kinds.map((option) => (
              <label key={option.value} className="check check--chip">
                <input
                  type="checkbox"
                  checked={!filters.hiddenKinds.includes(option.value)}
                  onChange={() => onChange({ ...filters, hiddenKinds: toggle(filters.hiddenKinds, option.value) })}
                  data-testid={`filter-kind-${option.value}`}
                />
                {labelOfKind(messages, option.type, option.value)} <span className="muted">({option.count})</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {options.domains.length > 0 && (
        <fieldset className="filters__group">
          <legend>{messages.filters.domains}</legend>
          <p className="muted filters__hint">{messages.filters.domainsHint}</p>
          <div className="filters__chips">
            {options.domains.map((option) => (
              <label key={option.value} className="check check--chip">
                <input
                  type="checkbox"
                  checked={filters.domains.includes(option.value)}
                  onChange={() => onChange({ ...filters, domains: toggle(filters.domains, option.value) })}
                  data-testid={`filter-domain-${option.value}`}
                />
                {labelOfValue(messages, "domains", option.value)} <span className="muted">({option.count})</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {options.states.length > 0 && (
        <fieldset className="filters__group">
          <legend>{messages.filters.states}</legend>
          <p className="muted filters__hint">{messages.filters.statesHint}</p>
          <div className="filters__states">
            {options.states.map((option) => (
              <label key={option.value} className="check">
                <input
                  type="checkbox"
                  checked={filters.states.includes(option.value)}
                  onChange={() => onChange({ ...filters, states: toggle(filters.states, option.value) })}
                  data-testid={`filter-state-${option.value}`}
                />
                <bdi>{labelIn(option.node, language)}</bdi> <span className="muted">({option.count})</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <button type="button" className="button" disabled={!hasActiveFilters(filters)} onClick={() => onChange(NO_FILTERS)}>
        {messages.filters.reset}
      </button>
    </div>
  );
}
