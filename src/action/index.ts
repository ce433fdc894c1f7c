/** The Action's entry point (bundled to dist/index.js): it only runs the Action. */
import {limitHeapGrowth} from '../engine/heap.js'
import {run} from './main.js'

limitHeapGrowth()
void run()
