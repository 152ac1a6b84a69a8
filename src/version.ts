/** The version registered tags carry, so that two copies of futan on one page can be told apart. Written by scripts/sync-version.mjs from package.json. */
export const FUTAN_VERSION = '0.1.0';
