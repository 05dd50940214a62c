import { describe, expect, it } from 'vitest';
import { mentionMoveFor, MENTION_COMMANDS } from '@/utils/background/mention-commands';
import { MentionList, TabEvent } from '@/utils/tab-events';
import { readTabEvent } from '@/utils/page/page-messages';

describe('the keyboard commands', () => {
  it('each suggest a key the reader can change, and move to the next or previous mention', () => {
    expect(Object.keys(MENTION_COMMANDS)).toEqual(['next-mention', 'previous-mention']);
    for (const command of Object.values(MENTION_COMMANDS))
      expect(command.suggested_key.default).toMatch(/^Alt\+Shift\+[A-Z]$/);
    expect(mentionMoveFor('next-mention')).toEqual({ type: 'moveToMention', direction: 'next' });
    expect(mentionMoveFor('previous-mention')).toEqual({ type: 'moveToMention', direction: 'previous' });
    expect(mentionMoveFor('_execute_action')).toBeNull();
  });
});

describe("the content script's reading of tab messages (without zod)", () => {
  const accepted = [
    { type: 'listMentions' },
    { type: 'moveToMention', direction: 'previous' },
    { type: 'showMention', kind: 'bill', id: 'nhs-bill-2015-16' },
    { type: 'siteSwitchedOff' },
    { type: 'letterOpened', via: 'email' },
  ];
  it('takes what the schema takes, as the schema reads it', () => {
    for (const message of accepted) {
      expect(readTabEvent(message)).toEqual(message);
      expect(TabEvent.parse(message)).toEqual(message);
    }
  });

  it('refuses what the schema refuses', () => {
    const refused = [
      { type: 'moveToMention', direction: 'sideways' },
      { type: 'showMention', kind: 'person', id: '1' },
      { type: 'showMention', kind: 'mp' },
      { type: 'removeEverything' },
      'listMentions',
      null,
    ];
    for (const message of refused) {
      expect(readTabEvent(message)).toBeNull();
      expect(TabEvent.safeParse(message).success).toBe(false);
    }
  });

  it("checks a listing's shape on the extension's side", () => {
    const mention = {
      kind: 'mp',
      id: '4504',
      text: 'Wes Streeting',
      context: 'Wes Streeting said',
      rect: { x: 1, y: 2, width: 3, height: 4 },
    };
    expect(MentionList.safeParse({ mentions: [mention] }).success).toBe(true);
    expect(MentionList.safeParse({ mentions: [{ ...mention, kind: 'person' }] }).success).toBe(false);
  });
});
