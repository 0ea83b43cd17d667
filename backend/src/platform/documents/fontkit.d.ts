/** The font parser pdfkit (pdfmake's engine) uses; only the entry point `pdf-document.ts` wraps is declared. */
declare module '@foliojs-fork/fontkit' {
  export function create(buffer: Buffer, postscriptName?: string): unknown;
}
