/**
 * What a file's findings depend on outside its own text, for `--cache`: the
 * questions the rules asked the suite model while they checked it, each with a
 * hash of the answer (`folder /a/b` → the listing, `style /a` → the house style,
 * `facts /a/b/x.md` → what a neighbour says).
 *
 * The model answers from its arguments and the disk alone, so asking the same
 * question again in a later run and getting an answer of the same hash means the
 * findings built on it still hold; a question whose answer changed marks the
 * file for linting afresh. Only the outermost questions are kept: what the model
 * asked itself to answer them is part of their answer. A question with an
 * argument that is not plain data (a parsed name, a folder) is not kept itself;
 * the questions the model asks to answer it are.
 */
import {createHash} from 'node:crypto'
import type {SuiteModel} from '../suite/model.js'

/** One question and the hash of its answer. */
export type Dependency = [question: string, answer: string]

export interface Recorder {
  /** The model to hand the rules: the real one, watched. */
  model: SuiteModel
  /** Start collecting the questions of one file. */
  begin(): void
  /** The questions asked since `begin`, in the order first asked. */
  end(): Dependency[]
}

type Method = (...args: unknown[]) => unknown

/** Watch a model: the questions asked of it between `begin` and `end`. */
export function recorder(target: SuiteModel): Recorder {
  const answers = new Map<string, string>()
  const hashes = new WeakMap<object, string>()
  const wrapped = new Map<PropertyKey, Method>()
  let asked: Set<string> | undefined
  let depth = 0
  const model: SuiteModel = new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown
      if (typeof value !== 'function' || property === 'constructor') return value
      let method = wrapped.get(property)
      if (!method) {
        const real = value as Method
        method = function (this: unknown, ...args: unknown[]) {
          const question =
            asked && depth === 0 && typeof property === 'string'
              ? questionOf(property, args)
              : undefined
          if (question === undefined) return real.apply(model, args)
          depth++
          try {
            const answer = real.apply(model, args)
            asked!.add(question)
            if (!answers.has(question)) answers.set(question, hashOf(answer, hashes) ?? unhashable)
            return answer
          } finally {
            depth--
          }
        }
        wrapped.set(property, method)
      }
      return method
    }
  })
  return {
    model,
    begin() {
      asked = new Set()
      depth = 0
    },
    end() {
      const found = [...(asked ?? [])].map((question): Dependency => [
        question,
        answers.get(question)!
      ])
      asked = undefined
      return found
    }
  }
}

/**
 * Ask a model a recorded question again: the hash of today's answer. `undefined`
 * when the question is not one this model can answer (a cache of another version).
 */
export function answer(
  model: SuiteModel,
  question: string,
  hashes = new WeakMap<object, string>()
): string | undefined {
  const at = question.indexOf('\0')
  const name = question.slice(0, at)
  // Only the model's own methods: a cache file is data from the working folder, not a program.
  const own = name !== 'constructor' && Object.hasOwn(Object.getPrototypeOf(model) as object, name)
  const method = own ? (model as unknown as Record<string, unknown>)[name] : undefined
  if (at < 1 || typeof method !== 'function') return undefined
  let args: unknown
  try {
    args = JSON.parse(question.slice(at + 1))
  } catch {
    return undefined
  }
  if (!Array.isArray(args)) return undefined
  try {
    return hashOf(
      (method as Method).apply(
        model,
        args.map((each) => each ?? undefined)
      ),
      hashes
    )
  } catch {
    return undefined
  }
}

/** The hash kept for an answer that cannot be hashed: no later answer has it, so the file is linted again. */
const unhashable = '!'

/** `method\0[args]` for a call whose arguments are plain data (strings, numbers, lists of them); else `undefined`. */
function questionOf(method: string, args: readonly unknown[]): string | undefined {
  if (method === 'own' || method === 'prepareStyle' || method === 'sharedStyles') return undefined
  for (const arg of args) {
    if (!plain(arg) && !(Array.isArray(arg) && arg.every(plain))) return undefined
  }
  return method + '\0' + JSON.stringify(args)
}

function plain(value: unknown): boolean {
  return (
    value === undefined ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  )
}

/**
 * A hash of a value as data: primitives, lists, plain objects, maps and sets, in
 * their order (functions as such, unhashed) (an answer in another order may be used in another order, so it
 * counts as another answer). An object is hashed once (`hashes`, by identity).
 */
function hashOf(value: unknown, hashes: WeakMap<object, string>): string | undefined {
  try {
    return createHash('sha1').update(serialize(value, hashes)).digest('base64').slice(0, 16)
  } catch {
    // Nested too deeply: no hash, never the same as another answer's.
    return undefined
  }
}

function serialize(value: unknown, hashes: WeakMap<object, string>, depth = 0): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'string') return JSON.stringify(value)
    // A method of an answer (`requirements.chain(dir)`) works on the answer's data, hashed beside it.
    if (typeof value === 'function') return 'f'
    return typeof value === 'number' ? String(value) : String(value) + ':' + typeof value
  }
  const known = hashes.get(value)
  if (known) return known
  if (depth > 64) throw new TypeError('an answer nested too deeply to cache')
  const part = (each: unknown) => serialize(each, hashes, depth + 1)
  let text: string
  if (Array.isArray(value)) text = '[' + value.map(part).join(',') + ']'
  else if (value instanceof Map)
    text = 'M{' + [...value].map(([key, each]) => part(key) + ':' + part(each)).join(',') + '}'
  else if (value instanceof Set) text = 'S[' + [...value].map(part).join(',') + ']'
  else if (value instanceof RegExp) text = 'R' + String(value)
  else
    text =
      '{' +
      Object.entries(value)
        .map(([key, each]) => JSON.stringify(key) + ':' + part(each))
        .join(',') +
      '}'
  // Long texts are kept as their hash: an object met again costs a lookup.
  const kept = text.length > 64 ? '#' + createHash('sha1').update(text).digest('base64') : text
  hashes.set(value, kept)
  return kept
}
