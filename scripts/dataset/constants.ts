/**
 * The date the newest source describes: shared/data/README.md says the current
 * MPs list (mps/current_mps_mp_lookup.csv) is a "snapshot of 27 Jun 2026".
 * Update this together with that file.
 */
export const SNAPSHOT_DATE = '2026-06-27';
export const SNAPSHOT_LABEL = 'UK Parliament Members API (snapshot 27 Jun 2026)';

/** Polling day of the 2010 general election; the parlparse file covers that Parliament instead. */
export const GE_2010 = '2010-05-06';
export const GE_2024 = '2024-07-04';

export const ORIGIN = 'bundled' as const;
