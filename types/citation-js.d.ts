/** citation-js ships no types for these entry points: the part the project uses. */
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module "@citation-js/plugin-ris";
