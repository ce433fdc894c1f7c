/**
 * `sarif`: SARIF 2.1.0, uploadable to GitHub code scanning. One run; the driver
 * lists every rule with its docs as `helpUri`; each result has its rule, level
 * (`error` or `warning`), message and place (the path relative to the working
 * directory, against `%SRCROOT%`), and the partner file of a cross-file finding
 * as a related location.
 */
import {rules} from '../../rules/index.js'
import {engineFindings} from '../engine/lint.js'
import type {Reporter} from './types.js'
import {
  placeOf,
  relatedOf,
  relativePath,
  safeJson,
  severity,
  sortedMessages,
  type Place
} from './common.js'
import {informationUri, ruleDescriptions, toolName, toolVersion} from './tool.js'

export const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json'

interface SarifRule {
  id: string
  shortDescription: {text: string}
  helpUri?: string
}

function driverRules(): SarifRule[] {
  const list: SarifRule[] = rules.map((rule) => ({
    id: rule.meta.id,
    shortDescription: {text: ruleDescriptions[rule.meta.id] ?? rule.meta.id},
    helpUri: rule.meta.url
  }))
  for (const id of Object.keys(engineFindings)) {
    list.push({id, shortDescription: {text: ruleDescriptions[id] ?? id}})
  }
  return list
}

function uri(cwd: string, file: string): string {
  return relativePath(cwd, file).split('/').map(encodeURIComponent).join('/')
}

function region(place: Place) {
  return {
    startLine: place.line,
    startColumn: place.column,
    ...(place.endLine === undefined ? {} : {endLine: place.endLine, endColumn: place.endColumn})
  }
}

export const sarif: Reporter = (files, context) => {
  const driver = driverRules()
  const index = new Map(driver.map((rule, at) => [rule.id, at]))
  const results = []
  for (const file of files) {
    for (const message of sortedMessages(file)) {
      const related = relatedOf(message)
      const ruleIndex = message.ruleId === undefined ? undefined : index.get(message.ruleId)
      results.push({
        ...(message.ruleId ? {ruleId: message.ruleId} : {}),
        ...(ruleIndex === undefined ? {} : {ruleIndex}),
        level: severity(message),
        message: {text: message.reason},
        locations: [
          {
            physicalLocation: {
              artifactLocation: {uri: uri(context.cwd, file.path), uriBaseId: '%SRCROOT%'},
              region: region(placeOf(message))
            }
          }
        ],
        ...(related
          ? {
              relatedLocations: [
                {
                  id: 1,
                  physicalLocation: {
                    artifactLocation: {uri: uri(context.cwd, related.file), uriBaseId: '%SRCROOT%'},
                    region: region(related)
                  },
                  ...(related.message ? {message: {text: related.message}} : {})
                }
              ]
            }
          : {})
      })
    }
  }
  const log = {
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: toolName, version: toolVersion, informationUri, rules: driver}},
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return safeJson(log) + '\n'
}
