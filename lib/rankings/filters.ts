/** Round thresholds offered in the ranking filters, kept to those that change the list. */
export const priceSteps = [200, 250, 300, 400, 500, 600, 800, 1000, 1200, 1500, 2000, 2500, 3000, 4000];
export const weightSteps = {
  laptop: [1000, 1200, 1400, 1600, 1800, 2000, 2500, 3000],
  tablet: [300, 450, 600, 800, 1000],
  smartphone: [170, 190, 210, 230],
};

/** The steps strictly between the smallest and largest value: each one filters something out, none empties the list. */
export function steps(candidates: number[], values: number[]): number[] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return candidates.filter((c) => c >= min && c < max);
}
