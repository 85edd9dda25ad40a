import { useMessages } from "../../i18n/useMessages.ts";
import { TOOL_NAMES, type ToolName } from "./ToolName.ts";

const TOOL_ICONS: Record<ToolName, string> = {
  filters: "⚲",
  paths: "⤳",
  views: "★",
  stories: "▤",
  ingest: "⇪",
};

export interface ToolRailProps {
  openTool: ToolName | null;
  /** Badge per tool (active filters count ...), shown when non-zero. */
  badges?: Partial<Record<ToolName, number>>;
  onToggle: (tool: ToolName) => void;
}

/** The column of tool buttons on the inline-start edge; each opens or closes its panel. */
export function ToolRail({ openTool, badges, onToggle }: ToolRailProps) {
  const messages = useMessages();
  return (
    <nav className="tool-rail" aria-label={messages.app.tools}>
      {TOOL_NAMES.map((tool) => (
        <button
          key={tool}
          type="button"
          className="tool-rail__button"
          aria-pressed={openTool === tool}
          aria-controls={openTool === tool ? "tool-drawer" : undefined}
          onClick={() => onToggle(tool)}
          data-testid={`tool-${tool}`}
        >
          <span className="tool-rail__icon" aria-hidden="true">
            {TOOL_ICONS[tool]}
          </span>
          <span className="tool-rail__label">{messages.toolNames[tool]}</span>
          {(badges?.[tool] ?? 0) > 0 && <span className="tool-rail__badge">{badges?.[tool]}</span>}
        </button>
      ))}
    </nav>
  );
}
