import { describe, expect, it } from 'vitest';
import { base64ToBlob, bytesToBase64 } from './files';

describe('base64', () => {
  it('encodes known bytes', () => {
    expect(bytesToBase64(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(bytesToBase64(new Uint8Array([0xff, 0xd8, 0xff, 0x00]))).toBe('/9j/AA==');
  });

  it('round-trips exactly, also past one chunk of 32 KiB', async () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    const b64 = bytesToBase64(bytes);
    expect(b64.length).toBe(Math.ceil(100_000 / 3) * 4);
    const back = new Uint8Array(await base64ToBlob(b64, 'image/png').arrayBuffer());
    expect(back).toEqual(bytes);
  });
});
