/** The suite model's caches keep what was used last, a bounded number of it (src/suite/recent.ts). */
import {describe, expect, it} from 'vitest'
import {Recent} from '../../src/suite/recent.js'

/** A cache of `max` that counts what it had to make. */
function counted(max: number) {
  const made: string[] = []
  const cache = new Recent<string>(max)
  const get = (key: string) =>
    cache.get(key, () => {
      made.push(key)
      return key.toUpperCase()
    })
  return {cache, made, get}
}

describe('Recent', () => {
  it('makes a value once while it is kept', () => {
    const {made, get} = counted(2)
    expect([get('a'), get('a'), get('b'), get('a')]).toEqual(['A', 'A', 'B', 'A'])
    expect(made).toEqual(['a', 'b'])
  })

  it('lets the value used longest ago go first', () => {
    const {cache, made, get} = counted(2)
    get('a')
    get('b')
    get('a') // a is now the newer
    get('c') // b goes
    expect(cache.peek('a')).toBe('A')
    expect(cache.peek('b')).toBeUndefined()
    get('b')
    expect(made).toEqual(['a', 'b', 'c', 'b'])
  })

  it('peek neither makes a value nor keeps one longer', () => {
    const {cache, made, get} = counted(2)
    get('a')
    get('b')
    expect(cache.peek('a')).toBe('A')
    expect(cache.peek('z')).toBeUndefined()
    get('c') // a is still the oldest
    expect(cache.peek('a')).toBeUndefined()
    expect(made).toEqual(['a', 'b', 'c'])
  })

  it('the key asked last stays however many are made inside its making', () => {
    const cache = new Recent<number>(1)
    const outer = cache.get('outer', () => cache.get('inner', () => 1) + 1)
    expect(outer).toBe(2)
    expect(cache.get('outer', () => 99)).toBe(2)
    expect(cache.peek('inner')).toBeUndefined()
  })
})
