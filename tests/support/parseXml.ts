import { XMLParser, XMLValidator } from "fast-xml-parser";

/** Parses XML strictly (throws on anything not well-formed), keeping attributes and repeated elements as arrays. */
export function parseXml(xml: string, arrays: string[]): Record<string, unknown> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => arrays.includes(name),
  });
  return parser.parse(xml) as Record<string, unknown>;
}
