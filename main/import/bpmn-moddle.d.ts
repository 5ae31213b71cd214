/** The little of bpmn-moddle's API we use; its own types are not reachable through its exports. */
declare module 'bpmn-moddle' {
  export interface ParseWarning {
    readonly message: string;
  }
  export interface ParseResult {
    readonly rootElement: { readonly $type: string; readonly [key: string]: unknown };
    readonly warnings: readonly ParseWarning[];
  }
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string): Promise<ParseResult>;
  }
}
