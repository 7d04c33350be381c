/** Command-line words, and the `--name value` options and `--name` switches taken out of them. */
export function commandArgs(argv: string[] = process.argv.slice(2)) {
  const args = [...argv];
  return {
    args,
    flag(name: string): string | undefined {
      const i = args.indexOf(`--${name}`);
      return i >= 0 ? args.splice(i, 2)[1] : undefined;
    },
    has(name: string): boolean {
      const i = args.indexOf(`--${name}`);
      if (i >= 0) args.splice(i, 1);
      return i >= 0;
    },
  };
}
