/** The Action's entry point (bundled to dist/index.js): it only runs the Action. */
import {run} from './main.js'

void run()
