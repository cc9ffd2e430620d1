import { browserStorage, currentIndex, forgetPosition, readPosition, savePosition } from './reading-position';

class MemoryStorage {
  readonly values = new Map<string, string>();
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.values.set(key, value);
  }
  removeItem(key: string): void {
    this.values.delete(key);
  }
}

const refusing = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

describe('reading position', () => {
  it('remembers a position per lesson, as a bare number', () => {
    const storage = new MemoryStorage();
    savePosition(storage, 'lesson-a', 7);
    savePosition(storage, 'lesson-b', 2);
    expect(readPosition(storage, 'lesson-a')).toBe(7);
    expect(readPosition(storage, 'lesson-b')).toBe(2);
    expect([...storage.values.entries()]).toEqual([
      ['cd-reading:lesson-a', '7'],
      ['cd-reading:lesson-b', '2'],
    ]);
  });

  it('forgets a lesson without touching the others', () => {
    const storage = new MemoryStorage();
    savePosition(storage, 'lesson-a', 7);
    savePosition(storage, 'lesson-b', 2);
    forgetPosition(storage, 'lesson-a');
    expect(readPosition(storage, 'lesson-a')).toBeNull();
    expect(readPosition(storage, 'lesson-b')).toBe(2);
  });

  it('treats the top of the lesson as nothing to resume', () => {
    const storage = new MemoryStorage();
    savePosition(storage, 'lesson-a', 7);
    savePosition(storage, 'lesson-a', 0);
    expect(storage.values.size).toBe(0);
    expect(readPosition(storage, 'lesson-a')).toBeNull();
  });

  it.each(['', 'abc', '-3', '2.5', '1e3', ' 4', '0', '12345678', 'null'])('ignores a stored value it did not write: %j', (raw) => {
    const storage = new MemoryStorage();
    storage.setItem('cd-reading:lesson-a', raw);
    expect(readPosition(storage, 'lesson-a')).toBeNull();
  });

  it('does not store a position that is not a whole number', () => {
    const storage = new MemoryStorage();
    savePosition(storage, 'lesson-a', Number.NaN);
    savePosition(storage, 'lesson-b', 2.5);
    expect(storage.values.size).toBe(0);
  });

  it('never throws when the browser refuses storage, or has none', () => {
    expect(() => savePosition(refusing, 'lesson-a', 3)).not.toThrow();
    expect(() => forgetPosition(refusing, 'lesson-a')).not.toThrow();
    expect(readPosition(refusing, 'lesson-a')).toBeNull();
    expect(() => savePosition(null, 'lesson-a', 3)).not.toThrow();
    expect(readPosition(null, 'lesson-a')).toBeNull();
  });

  it('finds no storage when reading window.localStorage itself throws', () => {
    const view = Object.defineProperty({}, 'localStorage', {
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    }) as Window;
    expect(browserStorage(view)).toBeNull();
    expect(browserStorage(null)).toBeNull();
  });

  describe('currentIndex', () => {
    it('is the first element still (partly) on screen', () => {
      // Bottoms relative to the viewport: the first two are scrolled past, the third straddles the top.
      expect(currentIndex([-400, -20, 35, 300, 900])).toBe(2);
    });

    it('accounts for what covers the top of the viewport', () => {
      expect(currentIndex([-400, 40, 300], 64)).toBe(2);
    });

    it('is the start of the lesson at the top, and the last element past the end', () => {
      expect(currentIndex([120, 300])).toBe(0);
      expect(currentIndex([-300, -100])).toBe(1);
      expect(currentIndex([])).toBe(0);
    });
  });
});
