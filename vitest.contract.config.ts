import {defineConfig} from 'vitest/config'

/**
 * `npm run test:contract`: the built bin, the bundle, the packed package and the
 * pre-commit hook, run as processes (`npm run bundle` first). Slower than
 * `npm test`; CI (`.ci/run`) runs both.
 */
export default defineConfig({
  test: {
    include: ['__tests__/contract/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000
  }
})
