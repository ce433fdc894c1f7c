/**
 * A cache of the values used last: at most `max` kept, the one used longest ago
 * going first. The suite model keeps what a run asks again and again (the folder
 * of the file being linted, its neighbours' facts, the plans above it) and lets
 * the rest of a large repository go: its memory follows the work at hand, not
 * the size of the repository. Asking the key asked last costs no reordering.
 */
export class Recent<V> {
  private readonly values = new Map<string, V>()
  private lastKey: string | undefined
  private lastValue: V | undefined

  constructor(private readonly max: number) {}

  /** The value of `key`, made by `make` and kept when it is not there. */
  get(key: string, make: () => V): V {
    if (key === this.lastKey) return this.lastValue as V
    let value: V
    if (this.values.has(key)) {
      value = this.values.get(key) as V
      // Used again: last to go.
      this.values.delete(key)
      this.values.set(key, value)
    } else {
      value = make()
      if (this.values.size >= this.max) {
        const oldest = this.values.keys().next().value
        if (oldest !== undefined) this.values.delete(oldest)
      }
      this.values.set(key, value)
    }
    this.lastKey = key
    this.lastValue = value
    return value
  }

  /** The value of `key` when it is kept, without making it last to go. */
  peek(key: string): V | undefined {
    return this.values.get(key)
  }
}
