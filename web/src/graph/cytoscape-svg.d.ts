// cytoscape-svg ships no types: it registers `cy.svg(options)`, which returns the SVG markup.
declare module "cytoscape-svg" {
  import type { Ext } from "cytoscape";
  const register: Ext;
  export default register;
}
