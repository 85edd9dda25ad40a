import type { NodeShapeName } from "./nodeTypeStyles.ts";

export interface NodeShapeIconProps {
  shape: NodeShapeName;
  fill: string;
  stroke: string;
}

/** A 14px SVG of a Cytoscape node shape. */
export function NodeShapeIcon({ shape, fill, stroke }: NodeShapeIconProps) {
  return (
    <svg className="shape-icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <ShapePath shape={shape} fill={fill} stroke={stroke} />
    </svg>
  );
}

function ShapePath({ shape, fill, stroke }: NodeShapeIconProps) {
  const common = { fill, stroke, strokeWidth: 1.2, strokeLinejoin: "round" as const };
  switch (shape) {
    case "ellipse":
      return <circle cx="7" cy="7" r="6" {...common} />;
    case "round-rectangle":
      return <rect x="1" y="2.5" width="12" height="9" rx="2.5" {...common} />;
    case "rectangle":
      return <rect x="1.5" y="1.5" width="11" height="11" {...common} />;
    case "round-hexagon":
      return <polygon points="7,1 12.5,4 12.5,10 7,13 1.5,10 1.5,4" {...common} />;
    case "round-diamond":
      return <polygon points="7,1 13,7 7,13 1,7" {...common} />;
    case "round-triangle":
      return <polygon points="7,1.5 13,12.5 1,12.5" {...common} />;
  }
}
