import { NodeShapeIcon } from "./NodeShapeIcon.tsx";
import { LEGEND_NODE_TYPES, NODE_TYPE_STYLES } from "./nodeTypeStyles.ts";

/** Legend of node types, each drawn with the same shape and colour as in the network. */
export function NetworkLegend() {
  return (
    <ul className="legend" aria-label="Legend">
      {LEGEND_NODE_TYPES.map((type) => {
        const style = NODE_TYPE_STYLES[type];
        return (
          <li key={type} className="legend__item">
            <NodeShapeIcon shape={style.shape} fill={style.color} stroke={style.borderColor} />
            {style.name}
          </li>
        );
      })}
    </ul>
  );
}
