/**
 * The output folder of `astro build`, published by the incremental-out-dir integration
 * (src/integrations/incremental-out-dir.ts) for routes that write files beside their own
 * (story-exports.ts). Unset in `astro dev`, where endpoints serve those files instead. A module of its
 * own, so a change to the integration does not change the code hash of the routes that read it.
 */
export const OUT_DIR_ENV = 'RETOLD_OUT_DIR';

export const buildOutDir = (): string | undefined => process.env[OUT_DIR_ENV];
