import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from './shortcuts';

const key = (
  k: string,
  extra: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
  target: unknown = null,
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
  target: target as EventTarget | null,
});
const input = { tagName: 'INPUT', type: 'text' };

describe('isSearchShortcut', () => {
  it('takes Ctrl+K and ⌘K everywhere, even while typing', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }, input))).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }))).toBe(true);
  });

  it("takes '/' only when the agent is not typing in a field", () => {
    expect(isSearchShortcut(key('/', {}, { tagName: 'BODY' }))).toBe(true);
    expect(isSearchShortcut(key('/', {}, { tagName: 'TR' }))).toBe(true);
    expect(isSearchShortcut(key('/', {}, { tagName: 'INPUT', type: 'checkbox' }))).toBe(true);
    expect(isSearchShortcut(key('/', {}, input))).toBe(false);
    expect(isSearchShortcut(key('/', {}, { tagName: 'TEXTAREA' }))).toBe(false);
    expect(isSearchShortcut(key('/', {}, { tagName: 'DIV', isContentEditable: true }))).toBe(false);
  });

  it('leaves other keys alone', () => {
    expect(isSearchShortcut(key('k'))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }))).toBe(false);
  });
});
