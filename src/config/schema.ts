/**
 * JSON Schema validation for rule options and configuration files, with errors
 * that name the key path (`rules.pair`, `sections.red[2]`).
 */
import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv'

export type JsonSchema = Record<string, unknown>

const ajv = new Ajv({allErrors: false, strict: true, allowUnionTypes: true})

/** Compile a schema once; the returned function gives a sentence for the first problem, or `undefined`. */
export function createValidator(schema: JsonSchema): (value: unknown) => string | undefined {
  let validate: ValidateFunction | undefined
  return function (value) {
    validate ??= ajv.compile(schema)
    if (validate(value)) return undefined
    const error = validate.errors?.[0]
    return error ? describeError(error) : 'invalid value'
  }
}

/** `/sections/red/2` → `sections.red[2]`. */
export function keyPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part),
      ''
    )
}

function describeError(error: ErrorObject): string {
  const at = keyPath(error.instancePath)
  const params = error.params as Record<string, unknown>
  if (error.keyword === 'additionalProperties') {
    const key = String(params.additionalProperty)
    return `unknown key \`${at ? at + '.' + key : key}\``
  }
  if (error.keyword === 'enum') {
    const allowed = (params.allowedValues as unknown[]).map((value) => `\`${String(value)}\``)
    return `\`${at || '(root)'}\` must be one of ${allowed.join(', ')}`
  }
  return `\`${at || '(root)'}\` ${error.message ?? 'is invalid'}`
}
