/**
 * The part of dmn-moddle (which ships no types) that the DMN export tests use: reading a
 * file back the way Camunda Modeler and dmn-js do, with the warnings of what it dropped.
 */
declare module 'dmn-moddle' {
  interface ParseResult {
    readonly rootElement: unknown;
    readonly warnings: readonly { readonly message: string }[];
  }
  interface Moddle {
    fromXML(xml: string, type?: string): Promise<ParseResult>;
    toXML(element: unknown, options?: { format?: boolean }): Promise<{ readonly xml: string }>;
  }
  export function DmnModdle(): Moddle;
}
