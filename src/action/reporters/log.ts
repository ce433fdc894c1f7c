/**
 * The log reporter: every finding as one line of the log, in a group titled with
 * the counts, at most `logLinesPerFile` of one file (the SARIF file has every one).
 */
import {plural} from '../../reporters/common.js'
import {countFindings, findingsTitle, type Annotation} from '../annotations.js'
import type {Output} from '../output.js'

/** Lines of the log a file's findings take at most. */
export const logLinesPerFile = 100

export function logFindings(annotations: Annotation[], files: number, out: Output): void {
  out.group(`${findingsTitle(countFindings(annotations))} in ${plural(files, 'file')}`, () => {
    const perFile = new Map<string, number>()
    for (const annotation of annotations) {
      const seen = (perFile.get(annotation.file) ?? 0) + 1
      perFile.set(annotation.file, seen)
      if (seen > logLinesPerFile) continue
      out.log(
        `${annotation.file}:${annotation.startLine}:${annotation.startColumn ?? 1}  ${annotation.severity}  ${annotation.message}  ${annotation.title}`
      )
    }
    for (const [file, seen] of perFile) {
      if (seen > logLinesPerFile) {
        out.log(`${file}: ${plural(seen - logLinesPerFile, 'more finding')} (see the SARIF file)`)
      }
    }
  })
}
