import os from 'node:os'
import {defineConfig} from 'vitest/config'

/**
 * `npm test`: the fast, in-process tests. The contract tests (the built bin, the
 * bundle, the packed package and the pre-commit hook, as processes) live in
 * __tests__/contract/ and run with `npm run test:contract` (vitest.contract.config.ts).
 */
export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts', 'rules/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['__tests__/contract/**', '**/node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Every core (vitest's default keeps one free: a single worker on a 2-core machine), and
    // one module graph per worker: the tests leave no global state behind them (temporary
    // folders removed, globals restored), so they need no fresh import per file.
    maxWorkers: os.availableParallelism(),
    isolate: false
  }
})
