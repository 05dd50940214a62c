/**
 * Builds the bundled dataset, public/data/dataset.json, from the source files in
 * ../shared/data (or $BEVAN_SHARED_DATA). Run with `npm run dataset`.
 *
 * The build itself is the pipeline in scripts/dataset/ (pipeline.ts lists its
 * stages). This entry validates the result with the `Dataset` schema, writes
 * it, and prints the coverage report; it exits 1 if the sources are missing or
 * anything fails.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Dataset } from '../utils/data/schema';
import { buildDataset } from './dataset/pipeline';
import { formatReport } from './dataset/print-report';
import { BuildError, BuildReport, formatIssues } from './dataset/report';
import { canonicalJson } from './dataset/values';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedData = process.env.BEVAN_SHARED_DATA
  ? path.resolve(process.env.BEVAN_SHARED_DATA)
  : path.resolve(projectRoot, '../shared/data');
const outFile = path.join(projectRoot, 'public/data/dataset.json');
/** Just the version, so that the background can tell at start-up, without reading 3.5 MB, whether to reload. */
const versionFile = path.join(projectRoot, 'public/data/dataset-version.json');

function main(): number {
  if (!existsSync(sharedData)) {
    console.error(
      `Source data not found at ${sharedData}.\n` +
        'The dataset is built from the shared source files (see shared/data/README.md). ' +
        'Put them at ../shared/data next to the project, or set BEVAN_SHARED_DATA to their folder.',
    );
    return 1;
  }

  const report = new BuildReport();
  let dataset: Dataset;
  try {
    dataset = buildDataset(sharedData, report);
  } catch (error) {
    if (error instanceof BuildError) {
      console.error(`Build failed: ${error.message}`);
      return 1;
    }
    throw error;
  }
  console.log(formatReport(dataset, report));

  const result = Dataset.safeParse(dataset);
  if (!result.success) {
    console.error(`\nThe built dataset does not match the schema:\n${formatIssues(result.error.issues, dataset)}`);
    return 1;
  }
  // The schema must accept the data as built, not a transformed copy (for
  // example trimmed text): otherwise `version` would not describe the content.
  if (canonicalJson(result.data) !== canonicalJson(dataset)) {
    console.error(
      'The schema changed values while validating (e.g. trimmed text); fix the builder so it emits them as validated.',
    );
    return 1;
  }

  const json = `${JSON.stringify(dataset)}\n`;
  mkdirSync(path.dirname(outFile), { recursive: true });
  const previous = existsSync(outFile) ? readFileSync(outFile, 'utf8') : null;
  if (previous !== json) writeFileSync(outFile, json);
  writeFileSync(versionFile, `${JSON.stringify({ version: dataset.version })}\n`);
  console.log(
    `\n${path.relative(projectRoot, outFile)}: ${Buffer.byteLength(json).toLocaleString('en-GB')} bytes, version ${dataset.version}` +
      (previous === json ? ', unchanged' : previous === null ? ', new' : ', rewritten'),
  );
  return 0;
}

process.exitCode = main();
