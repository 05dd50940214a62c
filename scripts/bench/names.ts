/** The names Bevan looks for, exactly as the background builds them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packMatcher } from '../../utils/matching/pack';
import { buildMatcherSpec } from '../../utils/matching/matcher-spec';
import { ROOT } from './options';

export const dataset = JSON.parse(readFileSync(path.join(ROOT, 'public/data/dataset.json'), 'utf8'));
const spec = buildMatcherSpec(dataset.version, dataset.people, dataset.memberships, dataset.bills);
export const packed = packMatcher(spec, '2026-01-01');
export const names = packed.names.split('\n');
