// The parts of SaxonJS (npm saxon-js, no bundled types) that the EHF validation helper uses.
declare module "saxon-js" {
  type TransformOptions = {
    stylesheetInternal: Record<string, unknown>;
    sourceText: string;
    destination: "document" | "serialized";
  };
  type XPathOptions = { namespaceContext?: Record<string, string>; resultForm?: "array" | "default" };
  const SaxonJS: {
    transform(options: TransformOptions, mode: "sync"): { principalResult: Node };
    XPath: { evaluate(expr: string, context: Node, options?: XPathOptions): unknown };
  };
  export default SaxonJS;
}
