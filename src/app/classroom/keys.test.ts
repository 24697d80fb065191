// classroomKey: which presses are classroom shortcuts, and which are left to the focused field.
import { describe, expect, it } from 'vitest';
import { classroomKey, type ClassroomPress } from './keys';

const press = (p: Partial<ClassroomPress>): ClassroomPress => ({
  key: '',
  code: '',
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  repeat: false,
  typing: false,
  ...p,
});

describe('classroomKey', () => {
  it('digits 1-9 pick presets by position; 0 does nothing', () => {
    expect(classroomKey(press({ key: '1', code: 'Digit1' }))).toEqual({ kind: 'preset', index: 0 });
    expect(classroomKey(press({ key: '9', code: 'Digit9' }))).toEqual({ kind: 'preset', index: 8 });
    expect(classroomKey(press({ key: '0', code: 'Digit0' }))).toBeNull();
  });
  it('Alt+R resets, whatever character the layout gives, even while typing', () => {
    expect(classroomKey(press({ key: '®', code: 'KeyR', altKey: true }))).toEqual({
      kind: 'reset',
    });
    expect(classroomKey(press({ key: 'r', code: 'KeyR', altKey: true, typing: true }))).toEqual({
      kind: 'reset',
    });
    expect(classroomKey(press({ key: 'r', code: 'KeyR' }))).toBeNull();
  });
  it('? opens help', () => {
    expect(classroomKey(press({ key: '?', code: 'Slash' }))).toEqual({ kind: 'help' });
  });
  it('leaves digits and ? to a focused text field, and ignores Ctrl/Meta and repeats', () => {
    expect(classroomKey(press({ key: '3', typing: true }))).toBeNull();
    expect(classroomKey(press({ key: '?', typing: true }))).toBeNull();
    expect(classroomKey(press({ key: '3', ctrlKey: true }))).toBeNull();
    expect(classroomKey(press({ key: '3', metaKey: true }))).toBeNull();
    expect(classroomKey(press({ key: '3', repeat: true }))).toBeNull();
  });
});
