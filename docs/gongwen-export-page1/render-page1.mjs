// Draws page 1 of a PDF as a PNG, white behind it: node render-page1.mjs in.pdf out.png [scale]
// pdfjs-dist 4.x, not 5+: those call ArrayBuffer.prototype.transferToFixedLength, which Node 20 lacks, and draw a blank page.
import { writeFile } from "node:fs/promises";
import { createCanvas } from "@napi-rs/canvas";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const [input, output, scale = "1.5"] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node render-page1.mjs in.pdf out.png [scale]");
  process.exit(2);
}
// disableFontFace: glyphs drawn as paths from the PDF's embedded fonts, so no font needs installing where this runs.
const pdf = await getDocument({ url: input, disableFontFace: true, verbosity: 0 }).promise;
const page = await pdf.getPage(1);
const viewport = page.getViewport({ scale: Number(scale) });
const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
const context = canvas.getContext("2d");
context.fillStyle = "#ffffff";
context.fillRect(0, 0, canvas.width, canvas.height);
await page.render({ canvasContext: context, viewport }).promise;
await writeFile(output, canvas.toBuffer("image/png"));
console.log(`${output}: page 1 of ${pdf.numPages}, ${canvas.width}×${canvas.height} px`);
