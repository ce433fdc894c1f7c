/**
 * Docs are tests: every `@example` in a rule's doc header runs through remark
 * with that rule, as users run it, and must give exactly the output it shows.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {docsBase, source} from '../src/engine/rule.js'
import {readExamples, runExample, shown} from './helpers/examples.js'

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  const file = path.join(import.meta.dirname, '..', 'rules', id + '.ts')
  const examples = readExamples(fs.readFileSync(file, 'utf8'))

  it('is named after its file and links its docs', () => {
    expect(fs.existsSync(file)).toBe(true)
    expect(rule.name).toBe(`${source}:${id}`)
    expect(rule.meta.url).toBe(docsBase + id + '.md')
  })

  it('has ok and not-ok examples', () => {
    expect(examples.some((example) => example.output.length === 0)).toBe(true)
    expect(examples.some((example) => example.output.length > 0)).toBe(true)
  })

  it.each(examples.map((example, index) => [index + 1, example.config.name, example] as const))(
    'example %i (%s)',
    async (_index, _name, example) => {
      const vfile = await runExample(rule, example)
      expect(shown(vfile)).toEqual(example.output)
      if (example.config.fix)
        expect(vfile.messages.map((message) => message.expected ?? null)).toEqual(
          example.config.fix
        )
      for (const message of vfile.messages) {
        expect(message.ruleId).toBe(id)
        expect(message.source).toBe(source)
        expect(message.url).toBe(rule.meta.url)
        expect(message.fatal).toBe(true)
      }
    }
  )
})
