import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.1 level A and AA, the level the product commits to (issue 22). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One violation, short enough to read in a failed test's output: rule, impact and the first few elements. */
function describe(violation: {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((n) => `    ${JSON.stringify(n.target)}\n      ${(n.failureSummary ?? '').replace(/\n\s*/g, ' | ')}`)
    .join('\n');
  const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
  return `${violation.id} (${violation.impact ?? '?'}): ${violation.help}\n${nodes}${more}`;
}

/**
 * Checks the screen as it is now with axe-core against WCAG 2.1 A and AA, and fails on any violation. No rule and no
 * element is excluded: fix the markup or the colours instead. Waits for running animations (a menu opening, a ripple)
 * to finish first, so colours are measured as the user sees them at rest.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  // Legacy mode runs axe in the page itself instead of opening a blank page per check to merge frame results: the app
  // has no frames, and it is about three times faster.
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .options({
      // axe marks its WCAG 2.5.3 check (a control's name contains its visible text) experimental; it is level A.
      rules: { 'label-content-name-mismatch': { enabled: true } },
      resultTypes: ['violations'],
    })
    .withTags(WCAG_TAGS)
    .analyze();
  expect.soft(results.violations.map(describe), `axe found WCAG 2.1 AA violations on ${label} (${page.url()})`).toEqual([]);
}
