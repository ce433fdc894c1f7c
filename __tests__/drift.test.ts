/**
 * Drift: rules/, the rule list, the preset, the configuration schema and the
 * README's rule table agree.
 */
import fs from 'node:fs'
import path from 'node:path'
import {expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {configSchema} from '../src/config/config.js'
import preset from '../src/preset.js'
import {ruleDocs, rulePage, ruleTable} from '../scripts/rule-table.mjs'

const repo = path.join(import.meta.dirname, '..')
const ids = rules.map((rule) => rule.meta.id)

it('lists every rule file once, under its own id', () => {
  const files = fs
    .readdirSync(path.join(repo, 'rules'))
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && !name.endsWith('.test.ts'))
    .map((name) => name.slice(0, -3))
  expect([...ids].sort()).toEqual(files.sort())
  expect(new Set(ids).size).toBe(ids.length)
})

it('describes every rule in one sentence (the SARIF rule descriptor and the editor’s hover)', () => {
  for (const rule of rules)
    expect(rule.meta.description, rule.meta.id).toMatch(/^Checks that .+\.$/)
})

it('puts every rule in the preset, at its default level', () => {
  const listed = (preset.plugins ?? []).map((plugin) =>
    Array.isArray(plugin) ? plugin[0] : plugin
  )
  expect(listed.filter((plugin) => (rules as unknown[]).includes(plugin))).toEqual(rules)
})

it('has a docs page per rule, generated from its doc header, where its url points', () => {
  for (const doc of ruleDocs()) {
    const page = path.join(repo, 'docs', 'rules', `${doc.id}.md`)
    expect(fs.readFileSync(page, 'utf8'), doc.id).toBe(rulePage(doc))
  }
  const pages = fs.readdirSync(path.join(repo, 'docs', 'rules')).map((name) => name.slice(0, -3))
  expect(pages.sort()).toEqual([...ids].sort())
  for (const rule of rules)
    expect(rule.meta.url).toMatch(new RegExp(`/docs/rules/${rule.meta.id}\\.md$`))
})

it('documents every rule in the README table, from its docs', () => {
  const readme = fs.readFileSync(path.join(repo, 'README.md'), 'utf8')
  expect(readme).toContain(ruleTable())
  expect(ruleDocs().map((doc) => doc.id)).toEqual(ids)
  for (const doc of ruleDocs()) expect(doc.summary).toMatch(/^Checks /)
})

it('has every rule, and only those, in the configuration schema, as published', () => {
  const schema = configSchema() as {properties: {rules: {properties: object}}}
  expect(Object.keys(schema.properties.rules.properties)).toEqual(ids)
  const published = JSON.parse(fs.readFileSync(path.join(repo, 'config.schema.json'), 'utf8'))
  expect(published).toEqual(schema)
})

it('documents the options of every rule that has any', () => {
  for (const rule of rules) {
    const code = fs.readFileSync(path.join(repo, 'rules', `${rule.meta.id}.ts`), 'utf8')
    expect(code).toContain('### Options')
    for (const option of Object.keys((rule.meta.schema.properties as object | undefined) ?? {})) {
      expect(code, `${rule.meta.id} documents \`${option}\``).toContain(`- \`${option}\``)
    }
  }
})
