/**
 * A prompt name that is not on disk (a broken link, a stale plan entry): the
 * prompt it evidently means now, and whether another rule already reports its
 * absence (one cause, one finding).
 */
import type {Folder, SuiteModel} from './model.js'
import {
  canonicalName,
  formatName,
  partnerKind,
  stepNumbers,
  stepsOf,
  type PromptName
} from './names.js'

/**
 * The prompt a missing name evidently means: same slug and kind, else same number (and
 * numbered variant: `prompt_00_1_…`) and kind, when exactly one.
 */
export function meantBy(folder: Folder, wanted: PromptName): PromptName | undefined {
  const sameKind = folder.prompts.filter((each) => each.kind === wanted.kind)
  if (wanted.kind === 'preprompt') return sameKind.length >= 1 ? sameKind[0] : undefined
  for (const test of [
    (each: PromptName) => each.slug === wanted.slug,
    (each: PromptName) => each.number === wanted.number && each.variant === wanted.variant
  ]) {
    const found = sameKind.filter(test)
    if (found.length === 1) return found[0]
  }
  return undefined
}

export interface Missing {
  /** The rule that reports this name's absence on a prompt, when one does. */
  reportedBy: 'file-name' | 'pair' | 'preprompt' | 'numbering-gap' | 'numbering' | undefined
  /** The prompt the name evidently means now. */
  meant: PromptName | undefined
}

/**
 * What a missing name in a suite folder stands for:
 * - the expected name of a misnamed prompt (`file-name` reports the prompt);
 * - the missing partner of a red or green, or the name a green with its red's
 *   slug would have (`pair`);
 * - the preprompt of a suite that has none (`preprompt`);
 * - a number that is a gap in the numbering (`numbering-gap`) or that two steps
 *   share (`numbering`).
 */
export function missing(model: SuiteModel, folder: Folder, wanted: PromptName): Missing {
  const {scheme} = model.names(folder.dir)
  const renamed = folder.prompts.find(
    (each) => canonicalName(each, folder.prefix, scheme) === wanted.name
  )
  if (renamed) return {reportedBy: 'file-name', meant: renamed}
  for (const prompt of folder.prompts) {
    if (prompt.kind !== 'red' && prompt.kind !== 'green') continue
    const partner = model.partner(folder, prompt)
    if (!partner) {
      const expected = formatName(
        {...prompt, prefix: folder.prefix, kind: partnerKind(prompt.kind)},
        scheme
      )
      if (expected === wanted.name) return {reportedBy: 'pair', meant: undefined}
    } else if (prompt.kind === 'green' && partner.slug !== prompt.slug) {
      const expected = formatName({...prompt, prefix: folder.prefix, slug: partner.slug}, scheme)
      if (expected === wanted.name) return {reportedBy: 'pair', meant: prompt}
    }
  }
  const meant = meantBy(folder, wanted)
  if (wanted.kind === 'preprompt') {
    const none = folder.prompts.length > 0 && model.preprompt(folder.dir) === undefined
    return {reportedBy: none ? 'preprompt' : undefined, meant}
  }
  if (!Number.isNaN(wanted.number) && wanted.number >= 1) {
    // In the sequence the suite is numbered in (its sibling folders', when they share one).
    const domain = model.numberingDomain(folder.dir)
    const folders = domain.map((dir) => model.folder(dir))
    const numbers = folders.flatMap(stepNumbers)
    const steps = folders.flatMap((each) => stepsOf(each.byNumber.get(wanted.number) ?? []))
    const above = Math.min(...numbers.filter((each) => each > wanted.number))
    if (steps.length === 0 && Number.isFinite(above)) {
      const below = Math.max(0, ...numbers.filter((each) => each < wanted.number))
      // A gap another finding explains (this very plan entry, a stale title) is not `numbering-gap`'s.
      if (!model.gapExplained(domain, below + 1, above - 1)) {
        return {reportedBy: 'numbering-gap', meant}
      }
    }
    if (steps.length > 1) return {reportedBy: 'numbering', meant}
  }
  return {reportedBy: undefined, meant}
}
