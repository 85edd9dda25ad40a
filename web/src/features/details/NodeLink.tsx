import type { EntityType } from "../../api/generated/graphqlTypes.ts";
import { NodeShapeIcon } from "../../graph/NodeShapeIcon.tsx";
import { NODE_TYPE_STYLES } from "../../graph/nodeTypeStyles.ts";
import { useMessages } from "../../i18n/useMessages.ts";

export interface NodeLinkProps {
  id: string;
  type: EntityType;
  label: string;
  onSelect: (id: string) => void;
}

/** A reference to another node: its shape, its label in its own language; a click selects it. */
export function NodeLink({ id, type, label, onSelect }: NodeLinkProps) {
  const style = NODE_TYPE_STYLES[type];
  const messages = useMessages();
  return (
    <button type="button" className="node-link" onClick={() => onSelect(id)} title={`${messages.entityTypes[type]}: ${id}`}>
      <NodeShapeIcon shape={style.shape} fill={style.color} stroke={style.borderColor} />
      <bdi>{label}</bdi>
    </button>
  );
}
