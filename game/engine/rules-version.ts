// The version of the engine's rules: the same seed and decisions give the same state hashes
// under the same rules. Saves record it, so a replay that no longer reproduces its hashes can
// say "saved under earlier rules" instead of "edited". Bump it in the commit that regenerates
// the golden hashes (tests/golden) because the engine computes differently.
//   1: up to the cross-runtime fix (Math.exp/log/pow, locale-dependent tie-break)
//   2: portable exp/log/pow and code-unit tie-breaks (Node and browsers agree to the bit)

export const ENGINE_RULES = 2;
