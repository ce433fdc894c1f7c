/** How a house-style finding states its evidence. */
import type {Evidence} from './model.js'
import type {Kind} from './names.js'

/** `as 27 of 30 green prompts here have`. */
export function evidence(found: Evidence, kind: Kind): string {
  const kindName = found.of ?? (kind === 'preprompt' ? 'preprompts' : `${kind} prompts`)
  return `as ${found.count} of ${found.total} ${kindName} here have`
}

/** `a` or `an` before a name as it is read aloud (`an Objective`, `a Persona`, `a Unit`). */
export function article(name: string): 'a' | 'an' {
  return /^(?:[aeio]|u(?!n[ie]|s[aeu]|ti|ri)|h(?:our|onou?r))/i.test(name.replace(/^\W+/, ''))
    ? 'an'
    : 'a'
}
