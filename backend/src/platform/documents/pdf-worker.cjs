'use strict';
/**
 * Renders one pdfmake document definition to PDF bytes, on a worker thread of the pool in `pdf-document.ts`. Plain
 * CommonJS on purpose: it runs as it is from the source folder (tests) and from the built app (copied beside main.js),
 * with nothing to compile. pdfkit parses the four Roboto fonts for every document (~60 ms of synchronous work a
 * receipt); here that work leaves the server's event loop free for the other requests.
 */
const PdfPrinter = require('pdfmake');
const vfs = require('pdfmake/build/vfs_fonts');

const files = vfs.pdfMake ? vfs.pdfMake.vfs : vfs;
const font = (name) => Buffer.from(files[name], 'base64');
/** The bundled Roboto has the Vietnamese glyphs (ă, ơ, ư, đ and the tone marks). */
const fonts = {
  Roboto: {
    normal: font('Roboto-Regular.ttf'),
    bold: font('Roboto-Medium.ttf'),
    italics: font('Roboto-Italic.ttf'),
    bolditalics: font('Roboto-MediumItalic.ttf'),
  },
};

/** Piscina's task: the definition in, the PDF's bytes out (transferred, not copied). */
module.exports = function render(definition) {
  const doc = new PdfPrinter(fonts).createPdfKitDocument(definition);
  return new Promise((resolve, reject) => {
    const chunks = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => {
      const bytes = Buffer.concat(chunks);
      const out = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      resolve(out);
    });
    doc.on('error', reject);
    doc.end();
  });
};
