// axe-core on a page, injected from node_modules (no Node-22 wrapper): the serious and critical
// findings, each with its rule and the elements it names. Shared by the accessibility spec and
// the teacher console's spec.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

// Evaluated through the debugging protocol rather than addScriptTag: the app's CSP (rightly)
// refuses inline scripts, and the audit should see the page under its real CSP.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Finding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe over the whole page; returns the serious and critical findings. */
export async function audit(page: Page): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    interface AxeNode {
      target: unknown;
    }
    interface AxeViolation {
      id: string;
      impact?: string | null;
      help: string;
      nodes: AxeNode[];
    }
    const axe = (
      window as unknown as {
        axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        rule: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.slice(0, 6).map((n) => String(n.target)),
      }));
  });
}
