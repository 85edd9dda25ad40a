import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";

let registered = false;

/** Registers the fcose layout with Cytoscape; Cytoscape warns when an extension is registered twice. */
export function registerFcose(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}
