import type { RelationType } from "../api/generated/graphqlTypes.ts";
import { useMessages } from "../i18n/useMessages.ts";
import { NodeShapeIcon } from "./NodeShapeIcon.tsx";
import { LEGEND_NODE_TYPES, NODE_TYPE_STYLES } from "./nodeTypeStyles.ts";
import { RELATION_TYPE_ORDER, RELATION_TYPE_STYLES } from "./relationTypeStyles.ts";

const DASH_BY_LINE_STYLE = { solid: undefined, dashed: "4 3", dotted: "1.5 2.5" } as const;

/** The relationship types the network draws (MENTIONED_IN links to articles, which it does not). */
const LEGEND_RELATION_TYPES: readonly RelationType[] = RELATION_TYPE_ORDER.filter((type) => type !== "MENTIONED_IN");

/**
 * Legend of node types, drawn with the same shapes and colours as the network, and, on demand,
 * of relationship types with their line colour and style.
 */
export function NetworkLegend() {
  const messages = useMessages();
  return (
    <div className="legend" aria-label={messages.legend.label} role="group">
      <ul className="legend__nodes">
        {LEGEND_NODE_TYPES.map((type) => {
          const style = NODE_TYPE_STYLES[type];
          return (
            <li key={type} className="legend__item">
              <NodeShapeIcon shape={style.shape} fill={style.color} stroke={style.borderColor} />
              {messages.entityTypes[type]}
            </li>
          );
        })}
      </ul>
      <details className="legend__relations">
        <summary>{messages.legend.links}</summary>
        <ul>
          {LEGEND_RELATION_TYPES.map((type) => {
            const style = RELATION_TYPE_STYLES[type];
            return (
              <li key={type} className="legend__item">
                <svg width="26" height="8" viewBox="0 0 26 8" aria-hidden="true">
                  <line x1="1" y1="4" x2="20" y2="4" stroke={style.color} strokeWidth="2" strokeDasharray={DASH_BY_LINE_STYLE[style.lineStyle]} />
                  <polygon points="20,1 25,4 20,7" fill={style.color} />
                </svg>
                {messages.relations[type].name}
              </li>
            );
          })}
        </ul>
      </details>
    </div>
  );
}
