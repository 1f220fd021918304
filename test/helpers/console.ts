/**
 * Records console.warn calls while `run` executes and returns what was warned; `run` gets the list as it grows, to wait
 * for a warning that comes later.
 */
export async function captureWarnings(run: (warnedSoFar: readonly string[]) => unknown | Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map((arg) => (arg instanceof Element ? `<${arg.localName}>` : String(arg))).join(' '));
  };
  try {
    await run(warnings);
  } finally {
    console.warn = original;
  }
  return warnings;
}
