import * as pdfmakeModule from 'pdfmake';
import * as vfsModule from 'pdfmake/build/vfs_fonts';

/**
 * Server-side PDF rendering with pdfmake 0.2 and the Roboto it bundles, shared by every document the app prints
 * (reception receipts, statutory notices of a case).
 */

/** pdfmake 0.2's server-side printer (its typings describe the browser build). */
interface PdfKitDocument extends NodeJS.ReadableStream {
  end(): void;
}
type PdfPrinterCtor = new (fonts: Record<string, Record<string, Buffer>>) => {
  createPdfKitDocument(definition: unknown): PdfKitDocument;
};

const interop = <T>(mod: unknown): T => ((mod as { default?: unknown }).default ?? mod) as T;
const PdfPrinter = interop<PdfPrinterCtor>(pdfmakeModule);

let fonts: Record<string, Record<string, Buffer>> | undefined;

/** The bundled Roboto has the Vietnamese glyphs (ă, ơ, ư, đ and the tone marks). */
function robotoFonts(): Record<string, Record<string, Buffer>> {
  const vfs = interop<Record<string, string>>(vfsModule);
  const font = (name: string) => Buffer.from(vfs[name], 'base64');
  return {
    Roboto: {
      normal: font('Roboto-Regular.ttf'),
      bold: font('Roboto-Medium.ttf'),
      italics: font('Roboto-Italic.ttf'),
      bolditalics: font('Roboto-MediumItalic.ttf'),
    },
  };
}

/** Renders a pdfmake document definition (use the font 'Roboto') to the bytes of a PDF. */
export function renderPdf(definition: object): Promise<Buffer> {
  fonts ??= robotoFonts();
  const doc = new PdfPrinter(fonts).createPdfKitDocument(definition);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
