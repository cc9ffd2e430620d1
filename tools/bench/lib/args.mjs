// Command-line flags shared by every bench script: `--name value` or `--name=value`.

/**
 * @param {string[]} argv process.argv.slice(2)
 * @param {Record<string, { default: number, min?: number, max?: number, help: string }>} spec numeric flags
 * @returns {Record<string, number>}
 */
export function parseNumericFlags(argv, spec) {
  const values = Object.fromEntries(Object.entries(spec).map(([name, s]) => [name, s.default]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(usage(spec));
      process.exit(0);
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match || !(match[1] in spec)) throw new UsageError(`unknown argument ${JSON.stringify(arg)}\n${usage(spec)}`);
    const name = match[1];
    const raw = match[2] ?? argv[++i];
    const value = Number(raw);
    const { min = 0, max = Number.MAX_SAFE_INTEGER } = spec[name];
    if (raw === undefined || !Number.isInteger(value) || value < min || value > max) {
      throw new UsageError(`--${name} needs a whole number between ${min} and ${max} (got ${JSON.stringify(raw)})`);
    }
    values[name] = value;
  }
  return values;
}

export class UsageError extends Error {}

function usage(spec) {
  const lines = Object.entries(spec).map(([name, s]) => `  --${name} <n>`.padEnd(22) + `${s.help} (default ${s.default})`);
  return `Options:\n${lines.join('\n')}\n${'  --help'.padEnd(22)}this text\n`;
}
