/** Small sums and the way figures are printed. */
export const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
export const percentile = (numbers: number[], p: number) =>
  [...numbers].sort((a, b) => a - b)[Math.min(numbers.length - 1, Math.floor((numbers.length * p) / 100))];
export const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0);
export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const spread = (numbers: number[]) => `median ${ms(median(numbers))}, p95 ${ms(percentile(numbers, 95))}`;
export const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

/** Lines of the printed summary: a label and its figures. */
export type SummaryRow = [label: string, value: string];
