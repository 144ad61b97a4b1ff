// A machine-independent guard against super-linear blow-up (issue 16: no absolute-time gate in
// what CI runs). `scalingRatio` times the same work on an input of size n and of size factor × n,
// in the same process, interleaved, and returns the ratio of their best times. On a loaded machine
// both sizes slow down alike, so the ratio stays put where an absolute bound would not: linear work
// gives about `factor` (less when a fixed cost dominates), quadratic work about factor², and
// catastrophic regex backtracking far more. Tests assert `ratio < LINEAR_BOUND` (2.5 × factor):
// well above linear, well below quadratic.

export const SCALE_FACTOR = 4;
/** Above any linear ratio with noise (4), below a quadratic one (16). */
export const LINEAR_BOUND = SCALE_FACTOR * 2.5;

/**
 * `prepare(n)` builds the input outside the timed part and returns the work to time.
 * Each size runs `reps` times (after one warm-up each), alternating, and the minimum counts:
 * another process taking the CPU can only make a run slower, never faster. A ratio at or above
 * LINEAR_BOUND is measured again, up to `attempts` times in all, and the lowest counts: a burst of
 * load (or a collection) that lands on the large runs once does not fail the build, while work
 * that really grows faster than linearly is over the bound every time.
 */
export function scalingRatio(prepare: (n: number) => () => unknown, n: number, { factor = SCALE_FACTOR, reps = 5, attempts = 3 } = {}): number {
  const small = prepare(n);
  const large = prepare(n * factor);
  small();
  large();
  let ratio = Infinity;
  for (let attempt = 0; attempt < attempts && ratio >= LINEAR_BOUND; attempt++) {
    let bestSmall = Infinity;
    let bestLarge = Infinity;
    for (let i = 0; i < reps; i++) {
      let t = performance.now();
      small();
      bestSmall = Math.min(bestSmall, performance.now() - t);
      t = performance.now();
      large();
      bestLarge = Math.min(bestLarge, performance.now() - t);
    }
    // A floor under the small run, so a sub-timer-resolution run cannot make the ratio explode.
    ratio = Math.min(ratio, bestLarge / Math.max(bestSmall, 0.05));
    if (process.env.SCALING_DEBUG) console.log(`scaling n=${n} (attempt ${attempt + 1}): ${bestSmall.toFixed(2)} ms -> ${bestLarge.toFixed(2)} ms, ratio ${(bestLarge / Math.max(bestSmall, 0.05)).toFixed(2)}`);
  }
  return ratio;
}
