// The shape of the cases in each helper's benchmark.ts, which bench/run.ts times.
import type { Dataset } from './records.js';
import type * as Main from '../../index.js';

/** One typical call of a helper, timed warm by bench/run.ts against the built package. */
export interface BenchCase {
  name: string;
  /** `q` is the built main entry (dist/index.js), so the numbers are those users get. */
  run(q: typeof Main, ds: Dataset): unknown;
}
