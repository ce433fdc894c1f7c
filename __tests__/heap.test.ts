/** The entry points ask V8 for a heap that grows 1.5 times what survived, unless the user says otherwise (src/engine/heap.ts). */
import {describe, expect, it} from 'vitest'
import {heapGrowingPercent, heapGrowthFlag} from '../src/engine/heap.js'

describe('heapGrowthFlag', () => {
  it('asks for the growth when node is given no such flag', () => {
    expect(heapGrowingPercent).toBe(50)
    expect(heapGrowthFlag([], undefined)).toBe('--heap-growing-percent=50')
    expect(heapGrowthFlag(['--enable-source-maps'], '--max-old-space-size=4096')).toBe(
      '--heap-growing-percent=50'
    )
  })

  it("leaves the user's own setting alone, in node's arguments or NODE_OPTIONS, either spelling", () => {
    expect(heapGrowthFlag(['--heap-growing-percent=20'], undefined)).toBeUndefined()
    expect(heapGrowthFlag([], '--inspect --heap_growing_percent=80')).toBeUndefined()
    expect(heapGrowthFlag([], '  --heap-growing-percent=10  ')).toBeUndefined()
  })
})
