/** The A/B baseline: an earlier commit's build of the extension, loaded in a browser of its own. */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../chromium';
import { NEWS_HOST, ROOT } from './options';

export interface Baseline {
  /** The built extension's directory. */
  dir: string;
  commit: string;
}

/**
 * The earlier commit's extension, built once into a temporary directory (kept between runs) from `git archive`, with
 * this checkout's node_modules: the A/B baseline for the saved pages.
 */
export function baselineBuild(ref: string): Baseline | null {
  if (ref === 'none') return null;
  const commit = execFileSync('git', ['rev-parse', ref], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = path.join(tmpdir(), `bevan-bench-build-${commit.slice(0, 12)}`);
  const output = path.join(dir, '.output/chrome-mv3');
  if (!existsSync(path.join(output, 'manifest.json'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execSync(`git archive ${commit} | tar -x -C ${JSON.stringify(dir)}`, { cwd: ROOT });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    execFileSync('npx', ['wxt', 'build'], { cwd: dir, stdio: 'ignore' });
  }
  try {
    execFileSync('git', ['diff', '--quiet', commit, 'HEAD', '--', 'package-lock.json'], { cwd: ROOT });
  } catch {
    console.log(`note: package-lock.json differs since ${ref}; its build uses this checkout's node_modules.`);
  }
  return { dir: output, commit };
}

/** As scripts/chromium.ts launches Bevan, with another build of the extension. */
export async function launchBuild(
  extensionDir: string,
  serverPort: number,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const launched = await launchChromium({ extensionDir, mapHosts: [NEWS_HOST], serverPort });
  const { context } = launched;
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 30_000 });
  return launched;
}
