// The seed every property and fuzz test starts from, so a run in CI can be replayed exactly:
// FUZZ_SEED=<the seed fast-check printed> npx vitest run <file>. Browser suites use it too.
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 16_016);
