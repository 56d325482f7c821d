/** Texts we refuse to analyse, with the message the user sees instead of results. */

const BINARY_SAMPLE = 8192;

export function whyNotAnalysed(text: string, maxSizeKB: number): string | undefined {
  const kb = Math.ceil(text.length / 1024);
  if (kb > maxSizeKB) {
    return `Report Lens: this file has ${kb} KB of text, more than the ${maxSizeKB} KB limit (setting reportLens.files.maxSizeKB); it is not analysed.`;
  }
  const sample = text.slice(0, BINARY_SAMPLE);
  if (sample.includes('\u0000')) return 'Report Lens: this file looks binary (it contains NUL characters); it is not analysed.';
  return undefined;
}
