/** The Action's entry point (bundled to dist/index.js): it only runs the Action. */
import {tuneHeap} from '../engine/heap.js'
import {run} from './main.js'

tuneHeap()
void run()
