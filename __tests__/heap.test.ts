/** The entry points tune V8's collector for a lint run, unless the user says otherwise (src/engine/heap.ts). */
import {describe, expect, it} from 'vitest'
import {heapFlags, heapGrowingPercent} from '../src/engine/heap.js'

const both = ['--heap-growing-percent=50', '--no-allocation-site-pretenuring']

describe('heapFlags', () => {
  it('asks for the growth and no pretenuring when node is given no such flag', () => {
    expect(heapGrowingPercent).toBe(50)
    expect(heapFlags([], undefined)).toEqual(both)
    expect(heapFlags(['--enable-source-maps'], '--max-old-space-size=4096')).toEqual(both)
  })

  it("leaves the user's own growth alone, in node's arguments or NODE_OPTIONS, either spelling", () => {
    const rest = ['--no-allocation-site-pretenuring']
    expect(heapFlags(['--heap-growing-percent=20'], undefined)).toEqual(rest)
    expect(heapFlags([], '--inspect --heap_growing_percent=80')).toEqual(rest)
    expect(heapFlags([], '  --heap-growing-percent=10  ')).toEqual(rest)
  })

  it("leaves the user's own pretenuring alone, on or off, either spelling", () => {
    const rest = ['--heap-growing-percent=50']
    expect(heapFlags(['--allocation-site-pretenuring'], undefined)).toEqual(rest)
    expect(heapFlags([], '--allocation_site_pretenuring')).toEqual(rest)
    expect(heapFlags([], '--no-allocation-site-pretenuring')).toEqual(rest)
    expect(heapFlags(['--noallocation_site_pretenuring'], undefined)).toEqual(rest)
  })
})
