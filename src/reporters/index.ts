/** The output formats, by the name `--format` takes. */
import type {Reporter} from './types.js'
import {github} from './github.js'
import {json} from './json.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'

export const reporters = {stylish, json, sarif, github} satisfies Record<string, Reporter>

export type FormatName = keyof typeof reporters

export const formatNames = Object.keys(reporters) as FormatName[]

export {github, json, sarif, stylish}
export type {Reporter, ReportContext} from './types.js'
