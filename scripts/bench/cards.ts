/** Cards on the demo article: from the end of the hover-intent delay to the card's facts on screen. */
import { hoverMention, waitForReading } from '../../tests/e2e/helpers/mentions';
import { openDemoSite } from '../demo-site';
import { median, ms, type SummaryRow } from './stats';

export async function measureCards(): Promise<number[]> {
  const cardSite = await openDemoSite();
  const cardTab = await cardSite.browser.context.newPage();
  await cardTab.goto(cardSite.url('demo-article.html'));
  await waitForReading(cardTab);
  const cardTimes: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const text of ['Caroline Lucas', 'NHS Reinstatement Bill', 'Jeremy Hunt']) {
      await cardTab.mouse.move(0, 0);
      await cardTab.keyboard.press('Escape');
      await cardTab.waitForTimeout(400);
      const before = await cardTab.evaluate(() => performance.getEntriesByName('bevan:card').length);
      await hoverMention(cardSite.browser, cardTab, text);
      await cardTab.waitForFunction((count) => performance.getEntriesByName('bevan:card').length > count, before);
      cardTimes.push(await cardTab.evaluate(() => performance.getEntriesByName('bevan:card').at(-1)!.duration));
    }
  }
  await cardSite.close();
  return cardTimes;
}

export const cardSummary = (cardTimes: number[]): SummaryRow => [
  'card after the hover intent, median (first)',
  `${ms(median(cardTimes))} (${ms(cardTimes[0])}), worst ${ms(Math.max(...cardTimes))} (target ≤ 50 ms)`,
];
