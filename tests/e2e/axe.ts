import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe-core on the page (or on one part of it) and fails on any 'serious' or 'critical'
 * violation, listing each rule id with the elements it found, so the failure says what to fix.
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  options: { include?: string } = {},
): Promise<void> {
  let builder = new AxeBuilder({ page });
  if (options.include) builder = builder.include(options.include);
  const { violations } = await builder.analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes
          .map((n) => `    ${n.target.join(' > ')} — ${n.failureSummary ?? ''}`.replace(/\n/g, ' '))
          .join('\n'),
    );
  expect(serious, `axe-core found serious or critical violations:\n${serious.join('\n')}`).toEqual([]);
}
