/**
 * The exit codes of `npm run advise`, in one place: the script's header, `--help` and the README's
 * table say the same (a unit test compares the README with this list).
 */
export const EXIT = {
  /** The pair, or every row of the inventory, was advised. */
  ok: 0,
  invalidContent: 1,
  badArguments: 2,
  rowErrors: 3,
  unreadableInventory: 4,
} as const;

export const EXIT_CODES: { code: number; when: string }[] = [
  { code: EXIT.ok, when: 'advised: the pair, or every row of the inventory' },
  { code: EXIT.invalidContent, when: 'content/ has errors (see `npm run validate`), so nothing was advised' },
  { code: EXIT.badArguments, when: 'bad arguments: an unknown option, platform or question, an invalid answer or --today, or options that do not go together' },
  { code: EXIT.rowErrors, when: '--inventory: some rows have errors and were not advised; the others were, and are printed' },
  { code: EXIT.unreadableInventory, when: '--inventory: the file cannot be read as an inventory (missing, a folder, not UTF-8, over the limits, empty, or no source or target column); nothing was advised' },
];
