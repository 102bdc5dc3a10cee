// The figures of a tagged PDF with their alternate text, read from its structure tree with pdf-lib (poppler's
// `pdfinfo -struct` lists the tags but not their /Alt).
import { readFileSync } from 'node:fs'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'

export interface PdfFigure {
  alt?: string
  /** Figures nested inside this one: a chart should have none. */
  nested: number
}

const load = (path: string) => PDFDocument.load(readFileSync(path), { updateMetadata: false })

/** The document's language (/Lang in the catalog), as Chromium takes it from the page's `lang`. */
export async function pdfLang(path: string): Promise<string | undefined> {
  const lang = (await load(path)).catalog.lookup(PDFName.of('Lang'))
  return lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined
}

export async function pdfFigures(path: string): Promise<PdfFigure[]> {
  const doc = await load(path)
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  if (!root) throw new Error(`${path} has no structure tree: it is not tagged`)
  const figures: PdfFigure[] = []
  const kids = (d: PDFDict): PDFDict[] => {
    const k = d.lookup(PDFName.of('K'))
    const list = k instanceof PDFArray ? k.asArray().map(x => doc.context.lookup(x)) : [k]
    return list.filter((x): x is PDFDict => x instanceof PDFDict)
  }
  const count = (d: PDFDict): number =>
    kids(d).reduce((n, c) => n + (c.lookup(PDFName.of('S')) === PDFName.of('Figure') ? 1 : 0) + count(c), 0)
  const walk = (d: PDFDict) => {
    if (d.lookup(PDFName.of('S')) === PDFName.of('Figure')) {
      const alt = d.lookup(PDFName.of('Alt'))
      const text = alt instanceof PDFString || alt instanceof PDFHexString ? alt.decodeText() : undefined
      figures.push({ alt: text, nested: count(d) })
    }
    kids(d).forEach(walk)
  }
  walk(root)
  return figures
}
